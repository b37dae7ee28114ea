package dev.doorstep.support.model;

import dev.doorstep.support.Intent;

/** A phrase and the intent it stands for, in one language. */
public record LabelledPhrase(String language, Intent intent, String text) {
}
