package dev.doorstep.console.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * Marks a controller whose pages render inside the console layout. {@link ConsoleAdvice}
 * gives every such page the signed-in user, the navigation and the shop's formats, and
 * renders its 403 and 404 pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

}
