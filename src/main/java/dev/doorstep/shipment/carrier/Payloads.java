package dev.doorstep.shipment.carrier;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading carrier bodies the same way in every mapper: JSON and XML parsed strictly (no
 * external entities), blank values as {@code null}, timestamps in the shapes carriers
 * use.
 */
public final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Payloads() {
	}

	/**
	 * The body as a JSON object.
	 * @throws MalformedResponseException naming {@code what} when it is not one
	 */
	public static JsonNode json(String body, String what) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedResponseException(
					"Not " + what + ": the body is not JSON (" + ex.getOriginalMessage() + ")", ex);
		}
		if (root == null || !root.isObject()) {
			throw new MalformedResponseException("Not " + what + ": expected a JSON object");
		}
		return root;
	}

	/**
	 * Whether the body parses as JSON at all, for carriers that answer errors as text.
	 */
	public static boolean isJson(String body) {
		try {
			return JSON.readTree(body) != null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** A value's text, or {@code null} when missing, JSON null or blank. */
	public static @Nullable String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The body as an XML document, namespace-aware, with DTDs and external entities off
	 * (carrier bodies are untrusted input).
	 * @throws MalformedResponseException naming {@code what} when it is not XML
	 */
	public static Document xml(String body, String what) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(body)));
		}
		catch (SAXException | java.io.IOException ex) {
			throw new MalformedResponseException("Not " + what + ": the body is not XML (" + ex.getMessage() + ")", ex);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks secure processing", ex);
		}
	}

	/**
	 * Child elements of {@code parent} with this local name, at any depth, ignoring
	 * namespaces.
	 */
	public static java.util.List<Element> elements(Node parent, String localName) {
		NodeList nodes = parent instanceof Document document ? document.getElementsByTagNameNS("*", localName)
				: ((Element) parent).getElementsByTagNameNS("*", localName);
		java.util.List<Element> elements = new java.util.ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/**
	 * The text of the first element with this local name below {@code parent}, or
	 * {@code null}.
	 */
	public static @Nullable String text(Node parent, String localName) {
		java.util.List<Element> found = elements(parent, localName);
		if (found.isEmpty()) {
			return null;
		}
		String value = found.getFirst().getTextContent().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * A timestamp with offset ({@code 2026-11-20T10:15:00+01:00} or {@code ...Z}), or a
	 * local one read in {@code zone} (carriers that send local time without offset).
	 * {@code null} when absent or unreadable.
	 */
	public static @Nullable Instant instant(@Nullable String timestamp, ZoneId zone) {
		if (timestamp == null || timestamp.isBlank()) {
			return null;
		}
		String value = timestamp.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value).atZone(zone).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

}
