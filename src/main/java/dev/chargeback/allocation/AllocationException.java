package dev.chargeback.allocation;

import java.util.List;

/** The rules or the data cannot be allocated as asked; every problem is listed, each naming what to change. */
public class AllocationException extends RuntimeException {
    private final List<String> problems;

    public AllocationException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public AllocationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
