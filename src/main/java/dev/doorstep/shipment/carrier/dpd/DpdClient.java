package dev.doorstep.shipment.carrier.dpd;

import java.net.URI;
import java.net.http.HttpRequest;

import dev.doorstep.shipment.carrier.CarrierHttp;

/**
 * HTTP to DPD: SOAP 1.1 {@code getAuth} at the LoginService and one
 * {@code getTrackingData} call per parcel.
 */
public class DpdClient {

	static final String SERVICE_PATH = "/services/ParcelLifeCycleService/V2_0/";

	static final String SOAP_ACTION = "http://dpd.com/common/service/ParcelLifeCycleService/2.0/getTrackingData";

	static final String LOGIN_PATH = "/services/LoginService/V2_1/";

	static final String LOGIN_SOAP_ACTION = "http://dpd.com/common/service/LoginService/2.1/getAuth";

	private final DpdProperties properties;

	private final CarrierHttp http;

	public DpdClient(DpdProperties properties) {
		this.properties = properties;
		this.http = new CarrierHttp(properties.timeout());
	}

	public CarrierHttp.Outcome track(String parcelLabelNumber, String delisId, String authToken) {
		return post(SERVICE_PATH, SOAP_ACTION, envelope(parcelLabelNumber, delisId, authToken));
	}

	public CarrierHttp.Outcome login(String delisId, String password) {
		return post(LOGIN_PATH, LOGIN_SOAP_ACTION, """
				<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
				xmlns:ns="http://dpd.com/common/service/types/LoginService/2.1">
				<soapenv:Header/><soapenv:Body><ns:getAuth><delisId>%s</delisId><password>%s</password>\
				<messageLanguage>%s</messageLanguage></ns:getAuth></soapenv:Body></soapenv:Envelope>"""
			.formatted(escape(delisId), escape(password), escape(this.properties.messageLanguage())));
	}

	private CarrierHttp.Outcome post(String path, String soapAction, String envelope) {
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		return this.http.send(this.http.request(URI.create(base + path))
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"" + soapAction + "\"")
			.POST(HttpRequest.BodyPublishers.ofString(envelope))
			.build());
	}

	String envelope(String parcelLabelNumber, String delisId, String authToken) {
		return """
				<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
				xmlns:ns="http://dpd.com/common/service/types/Authentication/2.0" \
				xmlns:ns1="http://dpd.com/common/service/types/ParcelLifeCycleService/2.0">
				<soapenv:Header><ns:authentication><delisId>%s</delisId><authToken>%s</authToken>\
				<messageLanguage>%s</messageLanguage></ns:authentication></soapenv:Header>
				<soapenv:Body><ns1:getTrackingData><parcelLabelNumber>%s</parcelLabelNumber></ns1:getTrackingData>\
				</soapenv:Body></soapenv:Envelope>""".formatted(escape(delisId), escape(authToken),
				escape(this.properties.messageLanguage()), escape(parcelLabelNumber));
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

}
