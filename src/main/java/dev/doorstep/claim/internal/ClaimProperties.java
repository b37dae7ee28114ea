package dev.doorstep.claim.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the claims module ({@code doorstep.claim.*}).
 *
 * @param maxPhotoSize largest evidence photo; default 5MB (a phone photo, which shops
 * usually get as JPEG at 2 to 4 MB)
 * @param maxPhotos most photos per claim; default 5
 */
@ConfigurationProperties("doorstep.claim")
public record ClaimProperties(@DefaultValue("5MB") DataSize maxPhotoSize, @DefaultValue("5") int maxPhotos) {
}
