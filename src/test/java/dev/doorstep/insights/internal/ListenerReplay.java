package dev.doorstep.insights.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.springframework.stereotype.Component;

/**
 * Hands events to the insights listener directly, in the caller's thread: what a
 * redelivery by the event publication registry does, without waiting for it.
 */
@Component
public class ListenerReplay {

	private final InsightsListener listener;

	ListenerReplay(InsightsListener listener) {
		this.listener = listener;
	}

	public void replay(Object... events) {
		for (Object event : events) {
			try {
				Method on = InsightsListener.class.getDeclaredMethod("on", event.getClass());
				on.setAccessible(true);
				on.invoke(this.listener, event);
			}
			catch (NoSuchMethodException | IllegalAccessException ex) {
				throw new IllegalArgumentException("insights does not listen to " + event.getClass(), ex);
			}
			catch (InvocationTargetException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

}
