package dev.chargeback.rules;

import java.util.List;

/** The rules file cannot be used; each problem names the file, the line and what to change. */
public class RulesException extends RuntimeException {
    private final List<String> problems;

    public RulesException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
