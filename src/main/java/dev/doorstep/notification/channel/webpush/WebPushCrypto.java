package dev.doorstep.notification.channel.webpush;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.doorstep.notification.channel.Signatures;

/**
 * The cryptography of Web Push with nothing but the JDK: P-256 keys in the uncompressed
 * point form browsers use, message encryption of RFC 8291 (ECDH, HKDF-SHA256, AES-128-GCM
 * in one {@code aes128gcm} record of RFC 8188) and ES256 JWT signatures in the JOSE form
 * (R||S, not DER) that VAPID (RFC 8292) needs.
 */
public final class WebPushCrypto {

	/** Record size we announce; one record holds the whole payload. */
	static final int RECORD_SIZE = 4096;

	/**
	 * Largest plaintext: push services need only accept 4096 bytes of body (RFC 8291
	 * section 4), minus header (86), padding delimiter (1) and GCM tag (16).
	 */
	public static final int MAX_PLAINTEXT = 4096 - 86 - 1 - 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ECParameterSpec P256 = p256();

	private WebPushCrypto() {
	}

	/** A new P-256 key pair. */
	public static KeyPair generateKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("P-256 is part of every JDK", ex);
		}
	}

	/** The 65-byte uncompressed point {@code 0x04 || X || Y}. */
	public static byte[] encodePoint(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 0x04;
		copyUnsigned(key.getW().getAffineX(), point, 1);
		copyUnsigned(key.getW().getAffineY(), point, 33);
		return point;
	}

	/** A public key from its 65-byte uncompressed point; rejects anything else. */
	public static ECPublicKey decodePoint(byte[] point) {
		if (point.length != 65 || point[0] != 0x04) {
			throw new IllegalArgumentException("not an uncompressed P-256 point");
		}
		BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
		BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
		try {
			return (ECPublicKey) KeyFactory.getInstance("EC")
				.generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a point on P-256", ex);
		}
	}

	/** The 32-byte private scalar, the form web-push tools print. */
	public static byte[] encodePrivate(ECPrivateKey key) {
		byte[] scalar = new byte[32];
		copyUnsigned(key.getS(), scalar, 0);
		return scalar;
	}

	public static ECPrivateKey decodePrivate(byte[] scalar) {
		try {
			return (ECPrivateKey) KeyFactory.getInstance("EC")
				.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), P256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a P-256 private key", ex);
		}
	}

	/**
	 * Encrypts {@code plaintext} for one subscription (RFC 8291 section 3.4): the body of
	 * the push request, header included.
	 * @param uaPublic the subscription's {@code p256dh} key (65 bytes)
	 * @param authSecret the subscription's {@code auth} secret (16 bytes)
	 */
	public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return encrypt(plaintext, uaPublic, authSecret, generateKeyPair(), salt);
	}

	static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair serverKeys, byte[] salt) {
		if (plaintext.length > MAX_PLAINTEXT) {
			throw new IllegalArgumentException("payload too large for one push message");
		}
		byte[] asPublic = encodePoint((ECPublicKey) serverKeys.getPublic());
		byte[] ecdhSecret = ecdh((ECPrivateKey) serverKeys.getPrivate(), decodePoint(uaPublic));
		byte[][] keyAndNonce = contentKeys(ecdhSecret, authSecret, uaPublic, asPublic, salt);
		byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
		// The delimiter of the last (here: only) record; no further padding.
		padded[plaintext.length] = 0x02;
		byte[] ciphertext = aesGcm(Cipher.ENCRYPT_MODE, keyAndNonce[0], keyAndNonce[1], padded);
		ByteBuffer body = ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length);
		body.put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(ciphertext);
		return body.array();
	}

	/** Signs a JWT with ES256 (RFC 7518 section 3.4: R||S, 64 bytes). */
	public static String signJwt(String headerJson, String claimsJson, ECPrivateKey key) {
		String signingInput = base64Url(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
				+ base64Url(claimsJson.getBytes(StandardCharsets.UTF_8));
		try {
			Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
			signature.initSign(key);
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + base64Url(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("ES256 signing failed", ex);
		}
	}

	/** Checks an ES256 JWT signature; the claims are the caller's to read. */
	public static boolean verifyJwt(String jwt, ECPublicKey key) {
		int last = jwt.lastIndexOf('.');
		if (last < 0) {
			return false;
		}
		try {
			Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
			signature.initVerify(key);
			signature.update(jwt.substring(0, last).getBytes(StandardCharsets.US_ASCII));
			return signature.verify(base64UrlDecode(jwt.substring(last + 1)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	public static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Decodes base64url with or without padding (browsers send either). */
	public static byte[] base64UrlDecode(String text) {
		String url = text.strip().replace('+', '-').replace('/', '_');
		int end = url.length();
		while (end > 0 && url.charAt(end - 1) == '=') {
			end--;
		}
		return Base64.getUrlDecoder().decode(url.substring(0, end));
	}

	/**
	 * CEK and nonce (RFC 8291 section 3.3 and 3.4, RFC 8188 section 2.2): the auth secret
	 * and both public keys go into the input keying material, the salt into the content
	 * keys.
	 */
	private static byte[][] contentKeys(byte[] ecdhSecret, byte[] authSecret, byte[] uaPublic, byte[] asPublic,
			byte[] salt) {
		byte[] prkKey = Signatures.hmacSha256(authSecret, ecdhSecret);
		byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
		byte[] ikm = expand(prkKey, keyInfo, 32);
		byte[] prk = Signatures.hmacSha256(salt, ikm);
		byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
		byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
		return new byte[][] { cek, nonce };
	}

	/** HKDF-Expand for at most one block of output, which is all Web Push needs. */
	private static byte[] expand(byte[] prk, byte[] info, int length) {
		return Arrays.copyOf(Signatures.hmacSha256(prk, concat(info, new byte[] { 1 })), length);
	}

	private static byte[] ecdh(ECPrivateKey own, ECPublicKey other) {
		try {
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(own);
			agreement.doPhase(other, true);
			return agreement.generateSecret();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("ECDH failed", ex);
		}
	}

	private static byte[] aesGcm(int mode, byte[] key, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("AES-GCM failed", ex);
		}
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			buffer.put(part);
		}
		return buffer.array();
	}

	private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
		byte[] bytes = value.toByteArray();
		int start = Math.max(0, bytes.length - 32);
		int length = bytes.length - start;
		System.arraycopy(bytes, start, target, offset + 32 - length, length);
	}

	private static ECParameterSpec p256() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("P-256 is part of every JDK", ex);
		}
	}

}
