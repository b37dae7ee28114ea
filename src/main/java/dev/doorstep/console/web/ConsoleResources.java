package dev.doorstep.console.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the console's stylesheet under {@code /assets/console/}: everything below
 * {@code /console/} needs a signed-in user, but the sign-in page needs the stylesheet
 * before anyone is signed in.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/console/**")
			.addResourceLocations("classpath:/static/console/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

}
