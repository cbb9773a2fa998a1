package com.bytenite.examples.runtime;

import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.AppContext;
import com.bytenite.sdk.runtime.Run;
import java.util.Locale;

/**
 * The docs' Hello World app in Java: reads the chunk as text, changes its case as
 * {@code params.case} says ({@code upper}, {@code lower} or {@code title}; anything else leaves it
 * unchanged, as in the docs) and writes {@code hello_world_processed.txt}.
 */
public final class HelloWorldApp implements App {
    public static void main(String[] args) {
        Run.app(new HelloWorldApp());
    }

    @Override
    public void run(AppContext task) throws Exception {
        String text = task.chunkText();
        String mode = task.params().string("case", "");
        task.writeResult("hello_world_processed.txt", switch (mode) {
            case "upper" -> text.toUpperCase(Locale.ROOT);
            case "lower" -> text.toLowerCase(Locale.ROOT);
            case "title" -> titleCase(text);
            default -> text;
        });
    }

    /** Like Python's {@code str.title()}: the first letter of each run of letters upper, the rest lower. */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isLetter(c) ? (inWord ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
            inWord = Character.isLetter(c);
        }
        return out.toString();
    }
}
