package dev.chargeback.sample;

import dev.chargeback.sample.StaffRoles.Role;
import dev.chargeback.sample.TopicRandom.Weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.chargeback.sample.Northwind.PERIODS;

/**
 * timesheets.csv: the hours IT and HR staff log for other cost centers, working days only, in quarter hours.
 * Service-desk agents work tickets (new or follow-ups of the last days); the field technician also deploys
 * laptops; the others split their day over their role's customers. The draws follow the Python generator's order.
 */
final class Timesheets {
    static final List<String> HEADER = List.of("date", "employee", "cost_center", "customer", "hours", "service",
            "ticket", "note");

    private static final List<Weighted<Integer>> TICKET_QUARTERS = List.of(Weighted.of(1, 30), Weighted.of(2, 30),
            Weighted.of(3, 15), Weighted.of(4, 12), Weighted.of(6, 7), Weighted.of(8, 4), Weighted.of(12, 2));

    /** One line of work before equal lines are merged. */
    private record Entry(String customer, int quarters, String service, String ticket, String note) {
    }

    /** A service-desk ticket and the index of the working day it was opened. */
    private record Ticket(String id, String customer, String note, int openedOn) {
    }

    private final TopicRandom rng = new TopicRandom("timesheets");
    private final List<List<String>> rows = new ArrayList<>();
    private String period;
    private int ticketNo;
    private final List<Ticket> openTickets = new ArrayList<>();

    static List<List<String>> rows() {
        Timesheets sheets = new Timesheets();
        PERIODS.forEach(sheets::month);
        return sheets.rows;
    }

    private void month(String p) {
        period = p;
        List<LocalDate> workdays = Numbers.workingDays(p);
        Map<String, List<LocalDate>> absent = new HashMap<>();
        StaffRoles.IT_STAFF.keySet().forEach(emp -> absent.put(emp, absenceDays(workdays)));
        StaffRoles.HR_STAFF.keySet().forEach(emp -> absent.put(emp, absenceDays(workdays)));
        ticketNo = 0;
        openTickets.clear();
        for (int di = 0; di < workdays.size(); di++) {
            LocalDate day = workdays.get(di);
            boolean refresh = p.equals("2026-09") && day.getDayOfMonth() >= 7 && day.getDayOfMonth() <= 25;
            for (Map.Entry<String, String> emp : StaffRoles.IT_STAFF.entrySet()) {
                if (!absent.get(emp.getKey()).contains(day)) {
                    addRows(day, emp.getKey(), "IT", itDay(emp.getValue(), day, di, refresh));
                }
            }
            for (Map.Entry<String, String> emp : StaffRoles.HR_STAFF.entrySet()) {
                if (!absent.get(emp.getKey()).contains(day)) {
                    Role role = StaffRoles.hrRole(emp.getValue(), p);
                    addRows(day, emp.getKey(), "HR", split(role, rng.choice(24, 26, 28, 29, 30, 30, 31, 32), 4));
                }
            }
        }
    }

    private List<Entry> itDay(String role, LocalDate day, int di, boolean refresh) {
        if (!role.equals("desk") && !role.equals("field")) {
            return split(StaffRoles.itRole(role, period), rng.choice(24, 26, 28, 29, 30, 30, 31, 32, 32, 34), 5);
        }
        int target;
        if (role.equals("desk")) {
            target = rng.choice(22, 24, 25, 26, 26, 27, 28) + (refresh ? 2 : 0) - (period.equals("2026-08") ? 2 : 0);
        } else {
            target = rng.choice(6, 8, 8, 10);
        }
        List<Entry> entries = serviceDesk(day, di, refresh, target);
        if (role.equals("field")) {
            int rest = refresh ? rng.choice(16, 18, 20) : rng.choice(10, 12, 14);
            for (int part : splitQuarters(rest, rng.randint(2, 3))) {
                String customer = rng.weighted(StaffRoles.headcountWeights(period, "IT"));
                String note = refresh ? rng.choice(StaffRoles.REFRESH_NOTES)
                        : rng.choice(List.of("Device inventory", "Spare pool check", "Meeting room PC setup"));
                entries.add(new Entry(customer, part, "IT-LAPTOPS", "", note));
            }
        }
        return entries;
    }

    /** A day of tickets: follow-ups of tickets opened in the last five working days, or new ones. */
    private List<Entry> serviceDesk(LocalDate day, int di, boolean refresh, int target) {
        List<Entry> entries = new ArrayList<>();
        List<String> workedToday = new ArrayList<>();
        int logged = 0;
        while (logged < target) {
            int q = Math.min(rng.weighted(TICKET_QUARTERS), target - logged);
            List<Ticket> recent = openTickets.stream()
                    .filter(t -> di - t.openedOn() <= 5 && !workedToday.contains(t.id())).toList();
            Ticket ticket;
            String note;
            if (!recent.isEmpty() && rng.chance(0.15)) {
                ticket = rng.choice(recent);
                note = "Follow-up: " + ticket.note();
            } else {
                ticketNo++;
                String id = "INC-%s-%s-%05d".formatted(period.substring(0, 4), period.substring(5), ticketNo);
                String customer = rng.weighted(StaffRoles.helpdeskWeights(period, day));
                note = refresh && rng.chance(0.3) ? rng.choice(StaffRoles.REFRESH_NOTES)
                        : StaffRoles.helpdeskNote(rng, customer);
                ticket = new Ticket(id, customer, note, di);
                openTickets.add(ticket);
            }
            workedToday.add(ticket.id());
            entries.add(new Entry(ticket.customer(), q, "IT-HELPDESK", ticket.id(), note));
            logged += q;
        }
        return entries;
    }

    /** A day's target split into 2..maxParts lines of the role's customers, services and notes. */
    private List<Entry> split(Role role, int target, int maxParts) {
        List<Entry> entries = new ArrayList<>();
        for (int part : splitQuarters(target, rng.randint(2, maxParts))) {
            String customer = rng.weighted(role.customers());
            String service = rng.weighted(role.services());
            entries.add(new Entry(customer, part, service, "", rng.choice(role.notes())));
        }
        return entries;
    }

    /** Holidays: a one- or two-week block for most people in August, a few single days otherwise. */
    private List<LocalDate> absenceDays(List<LocalDate> workdays) {
        List<LocalDate> off = new ArrayList<>();
        boolean august = period.equals("2026-08");
        if (august && rng.chance(0.6)) {
            int length = rng.choice(5, 5, 5, 10);
            int start = rng.randint(0, workdays.size() - length);
            off.addAll(workdays.subList(start, start + length));
        }
        int n = august ? rng.choice(0, 1) : rng.choice(0, 0, 1, 1, 2, 3);
        for (int i = 0; i < n; i++) {
            off.add(rng.choice(workdays));
        }
        return off;
    }

    /** A whole number of quarter hours split into {@code parts} positive whole numbers. */
    private List<Integer> splitQuarters(int total, int parts) {
        int n = Math.max(1, Math.min(parts, total));
        List<Integer> cuts = new ArrayList<>();
        while (cuts.size() < n - 1) {
            int c = rng.randint(1, total - 1);
            if (!cuts.contains(c)) {
                cuts.add(c);
            }
        }
        cuts.sort(null);
        List<Integer> bounds = new ArrayList<>(List.of(0));
        bounds.addAll(cuts);
        bounds.add(total);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sizes.add(bounds.get(i + 1) - bounds.get(i));
        }
        return sizes;
    }

    /** Entries that would repeat (same customer, service, ticket, note) are merged: no two rows are identical. */
    private void addRows(LocalDate day, String employee, String cc, List<Entry> entries) {
        Map<List<String>, Integer> merged = new LinkedHashMap<>();
        for (Entry e : entries) {
            merged.merge(List.of(e.customer(), e.service(), e.ticket(), e.note()), e.quarters(), Integer::sum);
        }
        merged.forEach((key, q) -> rows.add(List.of(day.toString(), employee, cc, key.get(0), Numbers.quarters(q),
                key.get(1), key.get(2), key.get(3))));
    }
}
