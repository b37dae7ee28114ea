package dev.doorstep.shipment.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sub-status code table. Codes are data because carriers keep adding them: a code not
 * in the table is accepted as long as it names its status as prefix
 * ({@code IN_TRANSIT_...}).
 */
@Component
public class SubStatusCatalog {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");

	/** A known code: its status and who is usually at fault. */
	public record Code(String code, TrackingStatus status, @Nullable IncidentReason incidentReason) {
	}

	private final Map<String, Code> codes;

	SubStatusCatalog(JdbcClient jdbc) {
		this.codes = jdbc.sql("SELECT code, status, incident_reason FROM sub_status")
			.query((rs, row) -> new Code(rs.getString("code"), TrackingStatus.valueOf(rs.getString("status")),
					rs.getString("incident_reason") == null ? null
							: IncidentReason.valueOf(rs.getString("incident_reason"))))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Code::code, code -> code));
	}

	public Optional<Code> find(String code) {
		return Optional.ofNullable(this.codes.get(code));
	}

	/**
	 * Why this sub-status can't go with this status, or empty when it can.
	 */
	public Optional<String> problemWith(TrackingStatus status, String subStatus) {
		if (!CODE.matcher(subStatus).matches()) {
			return Optional.of("must be an upper-case code like " + status.name() + "_DETAIL");
		}
		Code known = this.codes.get(subStatus);
		if (known != null && known.status() != status) {
			return Optional.of("belongs to status " + known.status() + ", not " + status);
		}
		if (known == null && !subStatus.startsWith(status.name() + "_")) {
			return Optional.of("must start with " + status.name() + "_ (unknown codes are allowed with that prefix)");
		}
		return Optional.empty();
	}

	/**
	 * The incident reason given, else the one the sub-status usually means.
	 */
	public @Nullable IncidentReason reasonFor(@Nullable String subStatus, @Nullable IncidentReason given) {
		if (given != null || subStatus == null) {
			return given;
		}
		Code known = this.codes.get(subStatus);
		return known == null ? null : known.incidentReason();
	}

}
