package dev.chargeback.allocation;

/** A department or team. A cost center that is another's {@code parent} is a roll-up node and never receives. */
public record CostCenter(String id, String name, Kind kind, String parent) {
    public enum Kind { SERVICE, OPERATING }

    public boolean isService() {
        return kind == Kind.SERVICE;
    }
}
