/**
 * The assistant's intent model, pure Java without I/O beyond reading phrase files: text
 * normalization, features (words, word pairs, character n-grams), a multinomial logistic
 * regression trained on the phrases that ship in {@code support/phrases/}, and its
 * evaluation. Shared with the {@code doorstep support evaluate} command.
 */
@NamedInterface("model")
@NullMarked
package dev.doorstep.support.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
