/**
 * Runs Doorstep on real parts: the embedded PostgreSQL, the clock, request limits and the
 * RFC 9457 problem responses shared by every module's API.
 */
@ApplicationModule(displayName = "Runtime", type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.doorstep.runtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
