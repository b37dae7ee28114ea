package dev.doorstep.runtime;

/**
 * A resource that does not exist for the calling shop. Another shop's resource is
 * reported the same way, so ids of other tenants cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	private final String resource;

	public NotFoundException(String resource, Object id) {
		super(resource + " " + id + " not found");
		this.resource = resource;
	}

	public String resource() {
		return this.resource;
	}

}
