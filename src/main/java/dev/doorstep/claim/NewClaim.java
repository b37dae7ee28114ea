package dev.doorstep.claim;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A claim as the shopper files it.
 *
 * @param quantities affected quantity per SKU of the parcel; ignored for lost and not
 * received parcels, which concern the whole parcel
 * @param declarationAccepted the shopper ticked "I declare I did not receive it"
 * @param photos the uploaded evidence in upload order
 */
public record NewClaim(ClaimType type, Map<String, Integer> quantities, @Nullable String description,
		boolean declarationAccepted, @Nullable String declaration, @Nullable Resolution preferredResolution,
		List<Upload> photos) {

	/** An uploaded file as it came; checked by its bytes, not by its name or type. */
	public record Upload(@Nullable String filename, byte[] bytes) {
	}

}
