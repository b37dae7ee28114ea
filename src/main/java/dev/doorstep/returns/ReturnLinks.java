package dev.doorstep.returns;

/** The public paths of a return: its status page and its label, both behind its token. */
public final class ReturnLinks {

	private ReturnLinks() {
	}

	public static String statusPath(ReturnRequest request) {
		return "/r/" + request.token();
	}

	public static String labelPath(ReturnRequest request) {
		return "/r/" + request.token() + "/label.pdf";
	}

}
