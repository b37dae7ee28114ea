package dev.doorstep.notification.channel.webpush;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of RFC 8291, written apart from the production code so a shared
 * mistake cannot hide: reads the {@code aes128gcm} header, agrees on the secret with the
 * key in it and decrypts the single record.
 */
final class PushDecryption {

	private PushDecryption() {
	}

	static byte[] decrypt(byte[] body, KeyPair browser, byte[] authSecret) throws Exception {
		ByteBuffer buffer = ByteBuffer.wrap(body);
		byte[] salt = new byte[16];
		buffer.get(salt);
		int recordSize = buffer.getInt();
		byte[] keyId = new byte[buffer.get() & 0xff];
		buffer.get(keyId);
		byte[] ciphertext = new byte[buffer.remaining()];
		buffer.get(ciphertext);
		if (recordSize < ciphertext.length || keyId.length != 65) {
			throw new IllegalStateException("not one record with a P-256 key id");
		}
		ECPublicKey browserPublic = (ECPublicKey) browser.getPublic();
		ECPublicKey serverPublic = (ECPublicKey) KeyFactory.getInstance("EC")
			.generatePublic(new ECPublicKeySpec(new ECPoint(new BigInteger(1, Arrays.copyOfRange(keyId, 1, 33)),
					new BigInteger(1, Arrays.copyOfRange(keyId, 33, 65))), browserPublic.getParams()));
		KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
		agreement.init((ECPrivateKey) browser.getPrivate());
		agreement.doPhase(serverPublic, true);
		byte[] ecdh = agreement.generateSecret();

		byte[] prkKey = hmac(authSecret, ecdh);
		byte[] ikm = hmac(prkKey, join("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] { 0 },
				point(browserPublic), keyId, new byte[] { 1 }));
		byte[] prk = hmac(salt, ikm);
		byte[] cek = Arrays.copyOf(
				hmac(prk, join("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII), new byte[] { 0, 1 })),
				16);
		byte[] nonce = Arrays.copyOf(
				hmac(prk, join("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII), new byte[] { 0, 1 })),
				12);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
		byte[] padded = cipher.doFinal(ciphertext);
		int end = padded.length - 1;
		while (padded[end] == 0) {
			end--;
		}
		if (padded[end] != 2) {
			throw new IllegalStateException("last record must end with delimiter 2");
		}
		return Arrays.copyOf(padded, end);
	}

	static byte[] point(ECPublicKey key) {
		byte[] x = unsigned(key.getW().getAffineX());
		byte[] y = unsigned(key.getW().getAffineY());
		return join(new byte[] { 4 }, x, y);
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(32, raw.length);
		System.arraycopy(raw, raw.length - length, fixed, 32 - length, length);
		return fixed;
	}

	private static byte[] hmac(byte[] key, byte[] data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	private static byte[] join(byte[]... parts) {
		ByteBuffer buffer = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
		for (byte[] part : parts) {
			buffer.put(part);
		}
		return buffer.array();
	}

}
