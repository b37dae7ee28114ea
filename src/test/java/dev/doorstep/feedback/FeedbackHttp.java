package dev.doorstep.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Plain HTTP against the public pages, as a browser without JavaScript sends it: no
 * redirects followed, forms as multipart or URL-encoded.
 */
final class FeedbackHttp {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	FeedbackHttp(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String language) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).build());
	}

	HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** A multipart form: text fields, and files (PNG bytes or anything) by field name. */
	HttpResponse<String> multipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
		String boundary = "----doorstep" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
						+ "\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(file.getValue());
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	HttpResponse<String> form(String path, String urlEncoded) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded))
			.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
