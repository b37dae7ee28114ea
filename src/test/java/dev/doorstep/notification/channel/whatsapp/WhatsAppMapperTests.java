package dev.doorstep.notification.channel.whatsapp;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppMapperTests {

	@Test
	void languagesAreWhatsAppCodes() {
		assertThat(WhatsAppMapper.language("de")).isEqualTo("de");
		assertThat(WhatsAppMapper.language("de-DE")).isEqualTo("de");
		assertThat(WhatsAppMapper.language("pt-BR")).isEqualTo("pt_BR");
		assertThat(WhatsAppMapper.language("zh-CN")).isEqualTo("zh_CN");
	}

	@Test
	void theSignatureIsHexHmacSha256OfTheRawBody() {
		// HMAC-SHA256 test case 2 of RFC 4231: key "Jefe".
		assertThat(WhatsAppMapper.signature("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

}
