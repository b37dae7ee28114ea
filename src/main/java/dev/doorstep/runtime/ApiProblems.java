package dev.doorstep.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * The problems an API handler answers beyond those every handler may: the API reference
 * documents 401 for every operation, 400 where there is input and 404 where the path
 * names a resource; a handler that also answers, say, 409 ({@link ConflictException}) or
 * 422, or 404 for an id in its body, says so here so the reference stays exact.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiProblems {

	HttpStatus[] value();

}
