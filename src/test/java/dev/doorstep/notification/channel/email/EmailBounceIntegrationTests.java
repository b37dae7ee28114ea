package dev.doorstep.notification.channel.email;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.notification.channel.ChannelScenario;
import dev.doorstep.notification.channel.ChannelScenarios;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.support.DevSmtp;
import dev.doorstep.support.DoorstepIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bounces and complaints over real mail protocols (GreenMail): emails go out with a VERP
 * envelope sender, reports are delivered to the bounce mailbox as a mail server would,
 * and reading the mailbox (IMAP, or POP3) moves the message on and suppresses the address
 * where the report says so.
 */
@DoorstepIntegrationTest
class EmailBounceIntegrationTests {

	@Autowired
	ChannelScenarios scenarios;

	@Autowired
	BounceMailbox mailbox;

	@Autowired
	BounceAddresses addresses;

	@Autowired
	Notifications notifications;

	@Autowired
	Consents consents;

	@Autowired
	EmailProperties properties;

	@Autowired
	MessageRepository messages;

	@Autowired
	Receipts receipts;

	@Autowired
	ApplicationContext context;

	@Autowired
	Links links;

	ChannelScenario scenario;

	String address;

	Message email;

	@BeforeEach
	void sentEmail() throws Exception {
		// Whatever earlier tests left in the mailbox is read now, not counted below.
		this.mailbox.poll();
		this.scenario = this.scenarios.create("Bounce");
		this.email = this.scenario.awaitMessage(Channel.EMAIL, Trigger.ORDER_CONFIRMED);
		this.address = this.email.recipient();
		this.scenario.sendDue();
		this.email = this.scenario.reload(this.email);
		assertThat(this.email.status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void emailsGoOutWithAVerpEnvelopeSenderThatNamesTheMessage() throws Exception {
		MimeMessage received = received(this.email);

		String returnPath = received.getHeader("Return-Path")[0];
		assertThat(returnPath).matches("<bounces\\+[a-z2-7]{39}@bounce\\.doorstep\\.test>");
		assertThat(this.addresses.messageIn(returnPath)).contains(this.email.id());
		// The visible sender stays the shop's.
		assertThat(received.getFrom()[0].toString()).contains(this.properties.from());
		// A token with one character changed names nothing.
		String forged = returnPath.replaceFirst("\\+(.)", "+" + (returnPath.charAt(9) == 'a' ? 'b' : 'a'));
		assertThat(this.addresses.messageIn(forged)).isEmpty();
	}

	@Test
	void aHardBounceBouncesTheMessageSuppressesTheAddressAndStopsTheNextEmail() throws Exception {
		deliver(BounceSamples.postfixHardBounce(verp(), this.address, "<unknown-" + UUID.randomUUID() + "@x>", verp()));

		BounceMailbox.Poll poll = this.mailbox.poll();

		assertThat(poll).isEqualTo(new BounceMailbox.Poll(1, 1, 0));
		Message bounced = this.scenario.reload(this.email);
		assertThat(bounced.status()).isEqualTo(MessageStatus.BOUNCED);
		assertThat(this.notifications.history(this.scenario.shopId(), this.email.id()))
			.filteredOn(event -> event.status() == MessageStatus.BOUNCED)
			.singleElement()
			.satisfies(event -> assertThat(event.detail()).startsWith("hard bounce 5.1.1: smtp; 550 5.1.1")
				.doesNotContain(this.address));
		assertThat(this.consents.suppressed(this.scenario.shopId(), Channel.EMAIL, this.address)).isTrue();

		int mailsBefore = mailsTo(this.address);
		this.scenario.status("OUT_FOR_DELIVERY");
		Message next = this.scenario.awaitMessage(Channel.EMAIL, Trigger.OUT_FOR_DELIVERY);
		this.scenario.sendDue();
		assertThat(this.scenario.reload(next).status()).isEqualTo(MessageStatus.SUPPRESSED);
		assertThat(mailsTo(this.address)).isEqualTo(mailsBefore);
	}

	@Test
	void aDelayIsNotedInTheHistoryWithoutSuppressing() throws Exception {
		deliver(BounceSamples.delayedMailboxFull(verp(), this.address, this.email.providerId()));

		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 1, 0));

		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.SENT);
		assertThat(this.notifications.history(this.scenario.shopId(), this.email.id()))
			.anySatisfy(event -> assertThat(event.detail()).startsWith("soft bounce 4.2.2"));
		assertThat(this.consents.suppressed(this.scenario.shopId(), Channel.EMAIL, this.address)).isFalse();
	}

	@Test
	void aComplaintIsFoundByTheQuotedMessageIdAndSuppresses() throws Exception {
		// Sent to the shop's feedback address: no VERP, only our Message-ID in the quote.
		deliver(BounceSamples.complaint(this.address, this.email.providerId()));

		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 1, 0));

		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.COMPLAINED);
		assertThat(this.consents.suppressed(this.scenario.shopId(), Channel.EMAIL, this.address)).isTrue();
	}

	@Test
	void aReportAboutNoEmailOfOursIsIgnoredAndNotReadAgain() throws Exception {
		String forgedVerp = "bounces+" + "a".repeat(39) + "@bounce.doorstep.test";
		deliver(BounceSamples.postfixHardBounce(forgedVerp, this.address, "<" + UUID.randomUUID() + "@elsewhere>",
				forgedVerp));

		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 0, 1));
		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(0, 0, 0));

		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.SENT);
		assertThat(this.consents.suppressed(this.scenario.shopId(), Channel.EMAIL, this.address)).isFalse();
	}

	@Test
	void theSameReportReadTwiceHasOneEffect() throws Exception {
		String bounce = BounceSamples.postfixHardBounce(verp(), this.address, this.email.providerId(), verp());
		deliver(bounce);
		deliver(bounce);

		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(2, 1, 1));
		// And once more, as if the mailbox had lost its flags.
		assertThat(this.mailbox.apply(BounceSamples.parse(bounce), new byte[0])).isFalse();

		assertThat(this.notifications.history(this.scenario.shopId(), this.email.id()))
			.filteredOn(event -> event.status() == MessageStatus.BOUNCED)
			.hasSize(1);
		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.BOUNCED);
	}

	@Test
	void eximsPlainTextBounceIsUnderstoodToo() throws Exception {
		deliver(BounceSamples.eximBounce(verp(), this.address, verp()));

		assertThat(this.mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 1, 0));

		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.BOUNCED);
		assertThat(this.consents.suppressed(this.scenario.shopId(), Channel.EMAIL, this.address)).isTrue();
	}

	@Test
	void aPop3MailboxIsReadAndEmptied() throws Exception {
		EmailProperties.BounceMailbox imap = this.properties.bounceMailbox();
		EmailProperties pop3 = new EmailProperties(this.properties.from(), this.properties.messageIdDomain(),
				this.properties.bounceAddress(),
				new EmailProperties.BounceMailbox(imap.host(), DevSmtp.server().getPop3().getPort(), "pop3",
						imap.username(), imap.password(), false, Duration.ofMinutes(1), "INBOX", false, false));
		BounceMailbox mailbox = new BounceMailbox(pop3, this.addresses, this.messages, this.receipts);
		deliver(BounceSamples.postfixHardBounce(verp(), this.address, this.email.providerId(), verp()));

		BounceMailbox.Poll poll = mailbox.poll();

		assertThat(poll.applied()).isEqualTo(1);
		assertThat(this.scenario.reload(this.email).status()).isEqualTo(MessageStatus.BOUNCED);
		assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(0, 0, 0));
	}

	@Test
	void withoutABounceAddressTheEnvelopeSenderIsTheFromAddressAsBefore() throws Exception {
		EmailProperties plain = new EmailProperties(this.properties.from(), this.properties.messageIdDomain(), "",
				this.properties.bounceMailbox());
		EmailSender sender = new EmailSender(this.context.getBeanProvider(JavaMailSender.class), plain,
				new BounceAddresses(plain, this.links), java.time.Clock.systemUTC());
		UUID id = UUID.randomUUID();
		String recipient = "plain-" + id + "@example.com";
		try {
			SendResult result = sender.send(new OutgoingMessage(id, this.scenario.shopId(), Channel.EMAIL,
					Trigger.ORDER_CONFIRMED, recipient, "de", "Shop", "Hallo", "Hallo", null, Map.of(), Map.of()));
			assertThat(result).isInstanceOf(SendResult.Sent.class);
		}
		finally {
			sender.destroy();
		}

		org.awaitility.Awaitility.await().until(() -> mailsTo(recipient) == 1);
		MimeMessage received = Arrays.stream(DevSmtp.server().getReceivedMessages())
			.filter(message -> ("<" + id + "@" + this.properties.messageIdDomain() + ">").equals(messageId(message)))
			.findFirst()
			.orElseThrow();
		assertThat(received.getHeader("Return-Path")[0]).isEqualTo("<" + this.properties.from() + ">");
	}

	@Test
	void aBounceAddressTooLongForTheTokenIsRefusedAtStart() {
		EmailProperties tooLong = new EmailProperties(this.properties.from(), this.properties.messageIdDomain(),
				"a".repeat(25) + "@bounce.doorstep.test", this.properties.bounceMailbox());

		assertThatThrownBy(() -> new BounceAddresses(tooLong, this.links)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at most 24 characters");
		assertThat(new BounceAddresses(new EmailProperties(this.properties.from(), this.properties.messageIdDomain(),
				"a".repeat(24) + "@bounce.doorstep.test", this.properties.bounceMailbox()), this.links)
			.envelopeSender(this.email.id())).hasSize(64 + "@bounce.doorstep.test".length());
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The envelope sender the email went out with. */
	private String verp() throws Exception {
		String returnPath = received(this.email).getHeader("Return-Path")[0];
		return returnPath.replaceAll("[<>]", "");
	}

	private static MimeMessage received(Message email) throws Exception {
		org.awaitility.Awaitility.await().until(() -> find(email).isPresent());
		return find(email).orElseThrow();
	}

	private static Optional<MimeMessage> find(Message email) throws Exception {
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (email.providerId().equals(message.getMessageID())) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	private static int mailsTo(String address) throws Exception {
		int count = 0;
		for (MimeMessage message : DevSmtp.server().getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients())
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
				count++;
			}
		}
		return count;
	}

	/** Into the bounce mailbox, as the mail server delivers {@code bounces+…}. */
	private static void deliver(String raw) throws Exception {
		GreenMailUser bounces = DevSmtp.server().getUserManager().getUser(DevSmtp.BOUNCE_LOGIN);
		bounces.deliver(BounceSamples.parse(raw));
	}

}
