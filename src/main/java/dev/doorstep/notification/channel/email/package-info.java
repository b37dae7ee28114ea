/**
 * The email channel over SMTP.
 */
@NullMarked
package dev.doorstep.notification.channel.email;

import org.jspecify.annotations.NullMarked;
