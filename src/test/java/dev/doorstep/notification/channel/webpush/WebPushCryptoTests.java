package dev.doorstep.notification.channel.webpush;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of RFC 8291 appendix A, byte for byte, and ES256 in JOSE form.
 */
class WebPushCryptoTests {

	private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";

	private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";

	private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";

	private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";

	private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";

	private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";

	private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

	private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

	@Test
	void encryptsTheRfc8291ExampleExactly() {
		KeyPair server = new KeyPair(WebPushCrypto.decodePoint(bytes(AS_PUBLIC)),
				WebPushCrypto.decodePrivate(bytes(AS_PRIVATE)));

		byte[] body = WebPushCrypto.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), bytes(UA_PUBLIC), bytes(AUTH),
				server, bytes(SALT));

		assertThat(WebPushCrypto.base64Url(body)).isEqualTo(BODY);
	}

	@Test
	void theRfcExampleDecryptsWithTheBrowsersKeys() throws Exception {
		KeyPair browser = new KeyPair(WebPushCrypto.decodePoint(bytes(UA_PUBLIC)), browserPrivate());

		byte[] plaintext = PushDecryption.decrypt(bytes(BODY), browser, bytes(AUTH));

		assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
	}

	@Test
	void aFreshMessageDecryptsAndKeysRoundTrip() throws Exception {
		KeyPair browser = WebPushCrypto.generateKeyPair();
		byte[] point = WebPushCrypto.encodePoint((ECPublicKey) browser.getPublic());
		assertThat(PushDecryption.point((ECPublicKey) browser.getPublic())).isEqualTo(point);
		assertThat(WebPushCrypto.encodePrivate(
				WebPushCrypto.decodePrivate(WebPushCrypto.encodePrivate((ECPrivateKey) browser.getPrivate()))))
			.isEqualTo(WebPushCrypto.encodePrivate((ECPrivateKey) browser.getPrivate()));

		byte[] body = WebPushCrypto.encrypt("{\"title\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8), point,
				new byte[16]);

		assertThat(new String(PushDecryption.decrypt(body, browser, new byte[16]), StandardCharsets.UTF_8))
			.isEqualTo("{\"title\":\"Grüße\"}");
	}

	@Test
	void jwtSignaturesAreSixtyFourBytesOfRAndS() {
		KeyPair keys = WebPushCrypto.generateKeyPair();

		String jwt = WebPushCrypto.signJwt("{\"typ\":\"JWT\",\"alg\":\"ES256\"}", "{\"aud\":\"https://push.example\"}",
				(ECPrivateKey) keys.getPrivate());

		assertThat(Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1))).hasSize(64);
		assertThat(WebPushCrypto.verifyJwt(jwt, (ECPublicKey) keys.getPublic())).isTrue();
		assertThat(WebPushCrypto.verifyJwt(jwt.substring(0, jwt.length() - 2) + "AA", (ECPublicKey) keys.getPublic()))
			.isFalse();
	}

	private static ECPrivateKey browserPrivate() throws Exception {
		ECPublicKey params = WebPushCrypto.decodePoint(bytes(UA_PUBLIC));
		return (ECPrivateKey) KeyFactory.getInstance("EC")
			.generatePrivate(new ECPrivateKeySpec(new java.math.BigInteger(1, bytes(UA_PRIVATE)), params.getParams()));
	}

	private static byte[] bytes(String base64Url) {
		return Base64.getUrlDecoder().decode(base64Url);
	}

}
