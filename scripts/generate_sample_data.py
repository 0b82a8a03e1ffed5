#!/usr/bin/env python3
"""Generate the Northwind Components sample data set (sample-data/).

Northwind Components is a fictional ~600-person maker of hydraulic valves and fittings: one plant with a warehouse,
a head office, and three internal service departments (IT, HR, Facilities) whose costs are charged back to the
departments that use them. The generator writes three months (2026-08 .. 2026-10) of input files in the format of
docs/rules-format.md and the input contract of the product specification, plus three rules files (direct,
step-down, reciprocal) and a README that tells the story and lists row counts.

Deterministic: Python standard library only, fixed seed, and only random.Random.random() is used (the one part of
the random module whose sequence Python guarantees across versions), so the output is byte-identical on every run.

    python3 scripts/generate_sample_data.py            # (re)write sample-data/ and check it
    python3 scripts/generate_sample_data.py --check    # only check an existing sample-data/ and print a summary
    python3 scripts/generate_sample_data.py --out DIR  # write somewhere else
"""

import argparse
import calendar
import csv
import datetime
import os
import random
import re
import sys
from collections import OrderedDict
from decimal import Decimal

SEED = 20260801
PERIODS = ["2026-08", "2026-09", "2026-10"]
CURRENCY = "EUR"
COMPANY = "Northwind Components"

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "sample-data")

HEADERS = {
    "cost_centers.csv": ["id", "name", "kind", "parent"],
    "services.csv": ["id", "cost_center", "name", "unit", "rate", "capacity"],
    "costs.csv": ["period", "cost_center", "account", "amount", "currency", "service"],
    "timesheets.csv": ["date", "employee", "cost_center", "customer", "hours", "service", "ticket", "note"],
    "usage.csv": ["date", "service", "customer", "quantity", "reference"],
    "drivers.csv": ["period", "cost_center", "driver", "value"],
}
RULES_FILES = ["rules.yaml", "rules-step-down.yaml", "rules-reciprocal.yaml"]


# ---------------------------------------------------------------------------------------------------------------
# Deterministic randomness and exact number formatting
# ---------------------------------------------------------------------------------------------------------------

class Rng:
    """A seeded stream per topic; only random() of random.Random is used (stable across Python versions)."""

    def __init__(self, topic):
        self._r = random.Random("%d/%s" % (SEED, topic))

    def random(self):
        return self._r.random()

    def uniform(self, a, b):
        return a + (b - a) * self._r.random()

    def randint(self, a, b):
        return a + min(int(self._r.random() * (b - a + 1)), b - a)

    def chance(self, p):
        return self._r.random() < p

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def weighted(self, pairs):
        """pairs: sequence of (item, weight) with weight > 0."""
        total = sum(w for _, w in pairs)
        x = self._r.random() * total
        acc = 0.0
        for item, w in pairs:
            acc += w
            if x < acc:
                return item
        return pairs[-1][0]

    def jitter(self, value, pct):
        return value * (1.0 + self.uniform(-pct, pct))


def dec(value, dp):
    """Plain decimal string with exactly dp decimals (no exponent, no separators)."""
    scaled = int(round(value * (10 ** dp)))
    sign = "-" if scaled < 0 else ""
    scaled = abs(scaled)
    if dp == 0:
        return sign + str(scaled)
    return "%s%d.%0*d" % (sign, scaled // 10 ** dp, dp, scaled % 10 ** dp)


def quarters_str(q):
    """Hours held as an integer number of quarter hours -> '0.25', '1.5', '7.75', '8'."""
    whole, rest = divmod(q, 4)
    return str(whole) if rest == 0 else "%d.%s" % (whole, {1: "25", 2: "5", 3: "75"}[rest])


def month_days(period):
    y, m = int(period[:4]), int(period[5:])
    return [datetime.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)]


def working_days(period):
    return [d for d in month_days(period) if d.weekday() < 5]


# ---------------------------------------------------------------------------------------------------------------
# The organisation
# ---------------------------------------------------------------------------------------------------------------

GROUPS = [
    # id, name, kind
    ("SHARED-SERVICES", "Shared services", "SERVICE"),
    ("COMMERCIAL", "Commercial", "OPERATING"),
    ("OPERATIONS", "Operations", "OPERATING"),
    ("CORPORATE", "Corporate functions", "OPERATING"),
]

# id, name, kind, parent, headcount Aug/Sep/Oct, floor area (sqm) Aug/Sep/Oct
LEAVES = [
    ("IT", "Information Technology", "SERVICE", "SHARED-SERVICES", (27, 27, 27), (430.0, 430.0, 430.0)),
    ("HR", "Human Resources", "SERVICE", "SHARED-SERVICES", (11, 11, 11), (152.5, 152.5, 152.5)),
    ("FACILITIES", "Facilities & Site Services", "SERVICE", "SHARED-SERVICES", (14, 14, 14), (280.0, 280.0, 280.0)),
    ("SALES", "Sales", "OPERATING", "COMMERCIAL", (46, 50, 51), (520.0, 545.0, 545.0)),
    ("MARKETING", "Marketing", "OPERATING", "COMMERCIAL", (18, 18, 18), (230.0, 230.0, 230.0)),
    ("CUSTOMER-SERVICE", "Customer Service", "OPERATING", "COMMERCIAL", (30, 31, 31), (362.5, 362.5, 362.5)),
    ("MFG", "Manufacturing", "OPERATING", "OPERATIONS", (238, 236, 239), (9200.0, 9200.0, 9200.0)),
    ("PACKING", "Packing", "OPERATING", "OPERATIONS", (52, 52, 60), (2350.0, 2350.0, 2500.0)),
    ("DISPATCH", "Dispatch & Warehouse", "OPERATING", "OPERATIONS", (35, 35, 35), (3100.0, 3100.0, 2950.0)),
    ("QUALITY", "Quality Assurance", "OPERATING", "OPERATIONS", (22, 22, 23), (640.0, 640.0, 640.0)),
    ("PROCUREMENT", "Procurement", "OPERATING", "OPERATIONS", (14, 14, 14), (170.0, 170.0, 170.0)),
    ("RND", "Research & Development", "OPERATING", "OPERATIONS", (40, 41, 41), (1180.0, 1180.0, 1180.0)),
    ("MAINTENANCE", "Plant Maintenance", "OPERATING", "OPERATIONS", (20, 20, 20), (760.0, 760.0, 760.0)),
    ("FINANCE", "Finance & Controlling", "OPERATING", "CORPORATE", (16, 16, 16), (210.0, 210.0, 210.0)),
    ("LEGAL", "Legal & Compliance", "OPERATING", "CORPORATE", (5, 5, 5), (75.0, 75.0, 75.0)),
    ("EXEC", "Executive Management", "OPERATING", "CORPORATE", (8, 8, 8), (290.0, 290.0, 290.0)),
]
LEAF_IDS = [l[0] for l in LEAVES]
SERVICE_CCS = [l[0] for l in LEAVES if l[2] == "SERVICE"]
OPERATING_CCS = [l[0] for l in LEAVES if l[2] == "OPERATING"]


def headcount(cc, period):
    for l in LEAVES:
        if l[0] == cc:
            return l[4][PERIODS.index(period)]
    raise KeyError(cc)


def floor_area(cc, period):
    for l in LEAVES:
        if l[0] == cc:
            return l[5][PERIODS.index(period)]
    raise KeyError(cc)


SERVICES = [
    # id, cost_center, name, unit, rate, capacity
    ("IT-HELPDESK", "IT", "Service desk and desktop support", "hours", "", "1300"),
    ("IT-LAPTOPS", "IT", "Workplace seat (laptop or shop-floor device, M365, endpoint security)", "seats", "42.50", ""),
    ("IT-CLOUD", "IT", "Cloud hosting", "vCPU-hours", "", ""),
    ("HR-SERVICES", "HR", "HR administration and payroll", "headcount", "", ""),
    ("HR-RECRUITING", "HR", "Recruiting", "hires", "", ""),
    ("FAC-SPACE", "FACILITIES", "Office, plant and warehouse space", "sqm", "", ""),
    ("FAC-RECEPTION", "FACILITIES", "Reception and visitor services", "share", "", ""),
]
HELPDESK_CAPACITY = 1300

# ---------------------------------------------------------------------------------------------------------------
# Rules (one definition, three methods)
# ---------------------------------------------------------------------------------------------------------------

RECEPTION_RECEIVERS = ["SALES", "MARKETING", "CUSTOMER-SERVICE", "EXEC", "HR"]
RECRUITING_SHARES = OrderedDict([("SALES", 25), ("MFG", 30), ("PACKING", 10), ("RND", 20),
                                 ("CUSTOMER-SERVICE", 10), ("DISPATCH", 5)])

POOLS = [
    # (cost_center, service, basis, driver, extra lines, comment)
    ("IT", None, "proportional", "hours", [], "IT general (applications, infrastructure, security): by IT hours logged"),
    ("IT", "IT-HELPDESK", "tdabc", "hours", [], "service desk: time-driven ABC; capacity 1300 h/month in services.csv"),
    ("IT", "IT-LAPTOPS", "rate", "usage:IT-LAPTOPS", [], "workplace seats at the standard rate of services.csv"),
    ("IT", "IT-CLOUD", "proportional", "usage:IT-CLOUD", [], "cloud bill by vCPU-hours consumed"),
    ("HR", None, "proportional", "stat:HEADCOUNT", [], "HR administration, payroll, training: by headcount"),
    ("HR", "HR-RECRUITING", "fixed", None,
     ["shares: { %s }" % ", ".join("%s: %d" % kv for kv in RECRUITING_SHARES.items())],
     "recruiting: fixed shares from the 2026 hiring plan"),
    ("FACILITIES", None, "proportional", "stat:SQM", [], "rent, energy, cleaning, security: by floor area"),
    ("FACILITIES", "FAC-RECEPTION", "even", None, ["receivers: [%s]" % ", ".join(RECEPTION_RECEIVERS)],
     "reception: split evenly over the departments that host visitors"),
]

RULES_HEADERS = {
    "rules.yaml": [
        "Northwind Components - sample allocation rules, method DIRECT.",
        "Service pools of IT, HR and Facilities go straight to the operating cost centers; what the service",
        "departments consume from each other is ignored. Uses every basis: proportional (hours, usage, stat),",
        "tdabc (service desk, unused capacity reported), rate (workplace seats, under/over-recovery), fixed",
        "(recruiting shares) and even (reception). Data: the CSV files next to this file, periods 2026-08..2026-10.",
    ],
    "rules-step-down.yaml": [
        "Northwind Components - sample allocation rules, method STEP-DOWN.",
        "Same pools as rules.yaml. The service departments are closed one by one: HR first (it serves everybody,",
        "IT and Facilities included), then FACILITIES (space used by IT), then IT. A department already closed",
        "receives nothing more; its share is spread over the remaining receivers.",
    ],
    "rules-reciprocal.yaml": [
        "Northwind Components - sample allocation rules, method RECIPROCAL.",
        "Same pools as rules.yaml. IT, HR and Facilities serve each other (IT hours and seats for HR and",
        "Facilities, HR headcount of IT and Facilities, floor area of IT and HR); the simultaneous equations give",
        "each service its full cost before it is spread over the operating cost centers.",
    ],
}


def rules_text(name):
    method = {"rules.yaml": "direct", "rules-step-down.yaml": "step-down", "rules-reciprocal.yaml": "reciprocal"}[name]
    out = ["# " + line for line in RULES_HEADERS[name]]
    out.append("# Generated by scripts/generate_sample_data.py - edit the generator, not this file.")
    out.append("")
    out.append("currency: %s" % CURRENCY)
    out.append("method: %s" % method)
    if method == "step-down":
        out.append("step_order: [HR, FACILITIES, IT]")
    out.append("pools:")
    for cc, service, basis, driver, extra, comment in POOLS:
        out.append("  # %s" % comment)
        out.append("  - cost_center: %s" % cc)
        if service:
            out.append("    service: %s" % service)
        out.append("    basis: %s" % basis)
        if driver:
            out.append("    driver: %s" % driver)
        for line in extra:
            out.append("    " + line)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# costs.csv: general-ledger extract
# ---------------------------------------------------------------------------------------------------------------

def build_costs():
    rng = Rng("costs")
    rows = []
    for pi, p in enumerate(PERIODS):
        aug, sep, octo = pi == 0, pi == 1, pi == 2

        def add(cc, account, amount, service="", dp=2):
            rows.append([p, cc, account, dec(amount, dp), CURRENCY, service])

        def salaries(cc, base, service=""):
            s = rng.jitter(base, 0.006)
            add(cc, "6000", s, service)
            add(cc, "6100", s * 0.305, service)  # employer social charges

        # --- IT: general pool (applications, infrastructure, security, management) -----------------------------
        salaries("IT", 130600 + (2500 if octo else 0))
        add("IT", "6300", rng.jitter(38650, 0.01))              # ERP licences and subscriptions
        add("IT", "6300", rng.jitter(29800, 0.02))              # MES, PLM and CAD licences
        add("IT", "6300", rng.jitter(9640, 0.03))               # security and monitoring tools
        add("IT", "6350", 14236.40)                             # hardware/software maintenance contracts
        add("IT", "6200", rng.jitter(11850, 0.04))              # WAN, internet, mobile telephony
        add("IT", "6500", 21310.55 + (0 if aug else 415.20))    # depreciation: servers, network
        add("IT", "6800", [17800, 26450, 33900][pi] * rng.uniform(0.98, 1.02))  # contractors (ERP upgrade Sep/Oct)
        add("IT", "6900", [980, 2650, 3410][pi] * rng.uniform(0.9, 1.1))        # travel
        add("IT", "6950", [650, 3800, 2900][pi] * rng.uniform(0.9, 1.1))        # training

        # --- IT-HELPDESK --------------------------------------------------------------------------------------
        salaries("IT", 29750 + (1200 if sep else 0), "IT-HELPDESK")      # 7 agents (+ overtime during refresh)
        add("IT", "6300", 4851.20, "IT-HELPDESK")                        # ITSM tool licences
        add("IT", "6800", [5200, 6900, 6150][pi] * rng.uniform(0.97, 1.03), "IT-HELPDESK")  # after-hours desk

        # --- IT-LAPTOPS (workplace seats); September: hardware refresh -----------------------------------------
        add("IT", "6500", 13452.75 + (0 if aug else 2896.40), "IT-LAPTOPS")   # depreciation end-user devices
        add("IT", "6300", 10980.0 + 18.0 * (headcount("SALES", p) - 46), "IT-LAPTOPS")  # M365 + endpoint licences
        add("IT", "6550", [1240, 21870, 1580][pi] * rng.uniform(0.97, 1.03), "IT-LAPTOPS")  # docks, monitors
        if sep:
            add("IT", "6800", 17640.00, "IT-LAPTOPS")                    # imaging and deployment partner
            add("IT", "6560", 3122.48, "IT-LAPTOPS")                     # write-off of retired laptops

        # --- IT-CLOUD; October: R&D simulation campaign --------------------------------------------------------
        fx = [1.0863, 1.0921, 1.0794][pi]                                # USD invoices converted at month-end rate
        add("IT", "6400", [55630, 58920, 106480][pi] * rng.uniform(0.99, 1.01) / fx, "IT-CLOUD", dp=4)  # compute
        add("IT", "6400", [13180, 13660, 17390][pi] * rng.uniform(0.99, 1.01) / fx, "IT-CLOUD", dp=4)  # storage+net
        add("IT", "6300", 2450.00, "IT-CLOUD")                           # cloud management tooling
        if aug:
            add("IT", "6400", -1842.33, "IT-CLOUD")                      # credit note: commitment true-up

        # --- HR: general pool (administration, payroll, training, health) -------------------------------------
        salaries("HR", 54200)
        add("HR", "6300", 12410.00)                                      # HRIS and payroll software
        add("HR", "6800", rng.jitter(8920, 0.02))                        # payroll outsourcing
        add("HR", "6950", [11350, 28400, 34250][pi] * rng.uniform(0.98, 1.02))  # company-wide training
        add("HR", "6970", rng.jitter(18470, 0.015))                      # occupational health, benefits admin
        add("HR", "6960", [2100, 3900, 5250][pi] * rng.uniform(0.9, 1.1))  # legal and advisory fees
        add("HR", "6900", [620, 1540, 1810][pi] * rng.uniform(0.9, 1.1))   # travel
        add("HR", "6980", [1900, 6850, 3200][pi] * rng.uniform(0.95, 1.05))  # employee events (Sep: summer party)

        # --- HR-RECRUITING; September: sales expansion, October: packing temps --------------------------------
        salaries("HR", 8620, "HR-RECRUITING")                            # 2 recruiters
        add("HR", "6850", [9500, 26100, 14200][pi] * rng.uniform(0.98, 1.02), "HR-RECRUITING")  # agency fees
        add("HR", "6860", [4210, 6830, 5120][pi] * rng.uniform(0.97, 1.03), "HR-RECRUITING")   # job ads
        add("HR", "6300", 1150.00, "HR-RECRUITING")                      # applicant tracking system

        # --- FACILITIES: general pool; August: roof repair in the plant shutdown; October: heating ----------
        add("FACILITIES", "6600", 96000.00)                              # rent: plant and warehouse
        add("FACILITIES", "6600", 33800.00)                              # rent: office building
        add("FACILITIES", "6700", [21400, 22100, 24650][pi] * rng.uniform(0.98, 1.02), dp=4)  # electricity
        add("FACILITIES", "6700", [2130, 4790, 16870][pi] * rng.uniform(0.97, 1.03), dp=4)   # heating gas
        add("FACILITIES", "6700", rng.jitter(1650, 0.05))                # water
        add("FACILITIES", "6800", 18750.00)                              # cleaning contractor
        add("FACILITIES", "6800", 14210.00)                              # site security
        add("FACILITIES", "6850", [27410, 9860, 12240][pi] * rng.uniform(0.98, 1.02))  # building maintenance
        add("FACILITIES", "6750", 7920.00)                               # property insurance
        add("FACILITIES", "6500", 11604.17)                              # depreciation: building fit-out
        salaries("FACILITIES", 44450)                                    # 12 technicians and coordinators
        add("FACILITIES", "6710", rng.jitter(3900, 0.06))                # waste disposal

        # --- FAC-RECEPTION -------------------------------------------------------------------------------------
        salaries("FACILITIES", 6300, "FAC-RECEPTION")                    # 2 receptionists
        add("FACILITIES", "6300", 640.00, "FAC-RECEPTION")               # visitor management system
        add("FACILITIES", "6890", [1460, 2120, 2380][pi] * rng.uniform(0.95, 1.05), "FAC-RECEPTION")  # catering

        # --- Own (not allocated) cost of the operating departments: personnel plus their main opex line -------
        avg_salary = OrderedDict([("SALES", 5200), ("MARKETING", 4800), ("CUSTOMER-SERVICE", 3400), ("MFG", 3350),
                                  ("PACKING", 2900), ("DISPATCH", 3050), ("QUALITY", 4300), ("PROCUREMENT", 4700),
                                  ("RND", 5900), ("MAINTENANCE", 3900), ("FINANCE", 5100), ("LEGAL", 7200),
                                  ("EXEC", 14500)])
        for cc, avg in avg_salary.items():
            salaries(cc, headcount(cc, p) * avg)
        add("SALES", "6900", [9800, 18600, 21400][pi] * rng.uniform(0.95, 1.05))           # travel
        add("MARKETING", "6910", [21500, 34200, 88400][pi] * rng.uniform(0.98, 1.02))     # campaigns, Oct trade fair
        add("MFG", "6720", [41200, 68900, 71300][pi] * rng.uniform(0.98, 1.02), dp=4)      # process energy
        add("MFG", "6850", [38600, 19400, 22100][pi] * rng.uniform(0.95, 1.05))           # machine spare parts
        add("PACKING", "5100", [24800, 41300, 52900][pi] * rng.uniform(0.97, 1.03))       # packaging material
        add("DISPATCH", "5200", [61200, 95800, 104300][pi] * rng.uniform(0.97, 1.03))     # outbound freight
        add("QUALITY", "6450", rng.jitter(7150, 0.08))                                   # lab consumables
        add("RND", "6800", [18900, 27300, 31800][pi] * rng.uniform(0.95, 1.05))           # prototypes, test lab
        add("MAINTENANCE", "6850", [46300, 17800, 19200][pi] * rng.uniform(0.95, 1.05))   # shutdown overhaul in Aug
        add("FINANCE", "6960", [8400, 12600, 9700][pi] * rng.uniform(0.95, 1.05))         # audit and tax advisory
        add("LEGAL", "6960", [11200, 18400, 15900][pi] * rng.uniform(0.9, 1.1))           # external counsel
        add("EXEC", "6900", [4300, 9100, 8800][pi] * rng.uniform(0.9, 1.1))               # travel
    return rows


# ---------------------------------------------------------------------------------------------------------------
# drivers.csv
# ---------------------------------------------------------------------------------------------------------------

def build_drivers():
    rows = []
    for p in PERIODS:
        for cc in LEAF_IDS:
            rows.append([p, cc, "HEADCOUNT", str(headcount(cc, p))])
        for cc in LEAF_IDS:
            rows.append([p, cc, "SQM", dec(floor_area(cc, p), 1 if floor_area(cc, p) % 1 else 0)])
    return rows


# ---------------------------------------------------------------------------------------------------------------
# usage.csv: workplace seats (monthly CMDB snapshot) and cloud vCPU-hours (daily billing export)
# ---------------------------------------------------------------------------------------------------------------

SEAT_FACTOR = {"MFG": 0.9, "PACKING": 0.85}     # shop-floor staff share terminals
SEAT_EXTRA = {"IT": 8, "RND": 9, "QUALITY": 2, "EXEC": 2}  # test devices, CAD workstations, lab PCs, tablets

# customer, resource id, vCPU-hours per weekday, weekend factor, first day (Oct campaign) or None
CLOUD_RESOURCES = [
    ("IT", "vm-it-monitoring-01", 96, 1.0, None),
    ("IT", "vm-it-backup-01", 192, 1.3, None),
    ("IT", "aks-it-shared-platform", 480, 0.8, None),
    ("HR", "app-hr-hris-integration", 48, 0.5, None),
    ("RND", "vmss-rnd-cfd-cluster", 2400, 0.25, None),
    ("RND", "vm-rnd-plm-01", 192, 0.6, None),
    ("MFG", "aks-mfg-mes-prod", 768, 1.0, None),
    ("MFG", "vm-mfg-historian-01", 192, 1.0, None),
    ("SALES", "app-sales-crm-integration", 96, 0.4, None),
    ("SALES", "vm-sales-configurator-01", 144, 0.3, None),
    ("MARKETING", "app-mkt-website", 72, 1.1, None),
    ("FINANCE", "sql-fin-bi-warehouse", 384, 0.5, None),
    ("CUSTOMER-SERVICE", "app-cs-customer-portal", 120, 0.9, None),
    ("DISPATCH", "vm-dsp-wms-01", 240, 0.7, None),
    ("QUALITY", "vm-qa-lims-01", 96, 0.5, None),
    ("PROCUREMENT", "app-proc-supplier-portal", 48, 0.6, None),
    ("RND", "vmss-rnd-cfd-burst", 4800, 0.9, datetime.date(2026, 10, 5)),
]


def seats(cc, period):
    return int(round(headcount(cc, period) * SEAT_FACTOR.get(cc, 1.0))) + SEAT_EXTRA.get(cc, 0)


def build_usage():
    rng = Rng("usage")
    rows = []
    for p in PERIODS:
        days = month_days(p)
        first_workdays = working_days(p)[:4]
        for d in days:
            for cc, ref, per_day, weekend, start in CLOUD_RESOURCES:
                if start is not None and (d < start or p != start.strftime("%Y-%m")):
                    continue
                q = per_day * (weekend if d.weekday() >= 5 else 1.0)
                if cc == "FINANCE" and d in first_workdays:
                    q *= 1.8                                  # month-end close reporting
                if cc == "MFG" and p == "2026-08" and 3 <= d.day <= 14:
                    q *= 0.55                                 # plant summer shutdown
                if cc == "RND" and ref == "vmss-rnd-cfd-cluster" and p == "2026-10":
                    q *= 1.35                                 # campaign also loads the base cluster
                q *= rng.uniform(0.88, 1.12)
                rows.append([d.isoformat(), "IT-CLOUD", cc, dec(q, 4), ref])
        snapshot = days[-1].isoformat()
        for cc in LEAF_IDS:
            rows.append([snapshot, "IT-LAPTOPS", cc, str(seats(cc, p)), "CMDB-SNAPSHOT-%s" % p])
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[4]))
    return rows


# ---------------------------------------------------------------------------------------------------------------
# timesheets.csv
# ---------------------------------------------------------------------------------------------------------------

# how many service-desk tickets a head generates, relative to an office worker
TICKET_PROPENSITY = {"MFG": 0.22, "PACKING": 0.25, "DISPATCH": 0.4, "MAINTENANCE": 0.5, "FACILITIES": 0.6,
                     "RND": 1.3, "EXEC": 1.8, "SALES": 1.2}

HELPDESK_NOTES = [
    "Password reset", "Account locked", "VPN connection drops", "Outlook profile repair", "Teams audio issue",
    "Printer offline", "Printer \"Floor 2\" paper jam", "Mapped drive missing", "New starter setup", "Leaver account",
    "MFA device change", "Laptop slow, cleanup", "Docking station not detected", "Monitor replacement",
    "Software install request", "Access request, shared folder", "Phishing report", "Mobile phone setup",
    "Wi-Fi in meeting room", "Barcode scanner pairing", "Shop-floor terminal frozen", "ERP login error",
    "CAD licence not found", "Badge reader at Hall B \u2013 not syncing", "Browser certificate warning",
    "Excel add-in crash", "Headset request", "OneDrive sync error",
]
# notes that only make sense for some customers (the others fit everybody)
SHOP_FLOOR = ["MFG", "PACKING", "DISPATCH", "MAINTENANCE", "QUALITY"]
HELPDESK_NOTE_CUSTOMERS = {
    "Barcode scanner pairing": SHOP_FLOOR, "Shop-floor terminal frozen": SHOP_FLOOR,
    "CAD licence not found": ["RND", "QUALITY", "MFG", "MAINTENANCE"],
    "Badge reader at Hall B \u2013 not syncing": ["FACILITIES", "MFG", "DISPATCH", "HR"],
    "Mobile phone setup": ["SALES", "EXEC", "CUSTOMER-SERVICE", "MARKETING", "MAINTENANCE", "FACILITIES"],
}


def helpdesk_note(rng, customer):
    return rng.choice([n for n in HELPDESK_NOTES if customer in HELPDESK_NOTE_CUSTOMERS.get(n, [customer])])


REFRESH_NOTES = ["Laptop swap, data migration", "New laptop, profile setup", "Old laptop return, wipe"]

# employee -> (role, customers with weights, services with weights, notes)
ALL_BUT = lambda own, w=None: [(c, (w or {}).get(c, 1.0)) for c in LEAF_IDS if c != own]

IT_STAFF = OrderedDict()
for _i in range(1, 8):
    IT_STAFF["E-IT-%03d" % _i] = "desk"
IT_STAFF.update([
    ("E-IT-008", "field"), ("E-IT-009", "network"), ("E-IT-010", "cloud"), ("E-IT-011", "cloud"),
    ("E-IT-012", "servers"), ("E-IT-013", "security"), ("E-IT-014", "erp"), ("E-IT-015", "erp"),
    ("E-IT-016", "mes"), ("E-IT-017", "mes"), ("E-IT-018", "plm"), ("E-IT-019", "crm"), ("E-IT-020", "bi"),
    ("E-IT-021", "hris"), ("E-IT-022", "pm"), ("E-IT-023", "architect"), ("E-IT-024", "service-mgmt"),
    ("E-IT-025", "collab"),
])

IT_ROLES = {
    "network": ([("MFG", 3), ("DISPATCH", 2), ("PACKING", 1), ("FACILITIES", 2), ("HR", 0.5), ("SALES", 1),
                 ("RND", 1), ("FINANCE", 0.5), ("EXEC", 0.5), ("QUALITY", 0.5)], [("", 1)],
                ["Switch replacement, Hall B", "Wi-Fi survey warehouse", "Firewall rule change", "Site link outage",
                 "Network segmentation, shop floor", "Access point install"]),
    "cloud": ([("RND", 4), ("MFG", 2), ("SALES", 1), ("FINANCE", 1), ("HR", 0.6), ("MARKETING", 0.8),
               ("DISPATCH", 0.6), ("CUSTOMER-SERVICE", 0.6)], [("IT-CLOUD", 2), ("", 1)],
              ["CFD cluster scaling", "Landing zone change", "Cost review", "Kubernetes upgrade", "Backup policy",
               "New environment request", "Database migration"]),
    "servers": (ALL_BUT("IT", {"MFG": 2, "FINANCE": 2, "DISPATCH": 1.5}), [("", 1)],
                ["Patch window", "Backup restore test", "Server decommission", "Storage expansion",
                 "Disaster recovery test"]),
    "security": (ALL_BUT("IT", {"FINANCE": 2, "EXEC": 2, "HR": 1.5, "LEGAL": 1.5}), [("", 1)],
                 ["Access review Q3", "Phishing simulation", "Vulnerability remediation", "Privileged access audit",
                  "Security awareness session"]),
    "erp": ([("FINANCE", 4), ("PROCUREMENT", 2.5), ("DISPATCH", 2), ("SALES", 1.5), ("MFG", 1.5),
             ("CUSTOMER-SERVICE", 1), ("HR", 0.3)], [("", 1)],
            ["Month-end close support", "ERP upgrade testing", "Purchase order workflow", "Pricing condition fix",
             "Delivery note layout", "Intercompany invoice issue", "Master data cleanup"]),
    "mes": ([("MFG", 6), ("PACKING", 2), ("QUALITY", 1.5), ("MAINTENANCE", 1.5), ("DISPATCH", 0.5)], [("", 1)],
            ["MES line 3 interface fix", "Label printer integration", "OEE dashboard", "Batch traceability report",
             "Machine data collection", "MES release deployment"]),
    "plm": ([("RND", 5), ("QUALITY", 1.5), ("MFG", 1), ("PROCUREMENT", 0.5)], [("", 1)],
            ["CAD vault maintenance", "PLM workflow change", "BOM export to ERP", "CAD licence server",
             "Drawing release process"]),
    "crm": ([("SALES", 4), ("MARKETING", 2.5), ("CUSTOMER-SERVICE", 2.5)], [("", 1)],
            ["CRM pipeline report", "Website form fix", "Customer portal release", "Quote template change",
             "Newsletter tool integration"]),
    "bi": ([("FINANCE", 3), ("EXEC", 2), ("SALES", 2), ("PROCUREMENT", 1), ("MFG", 1), ("HR", 0.5)], [("", 1)],
           ["Management dashboard", "Sales KPI report", "Cost center report", "Data model change",
            "Spend analysis"]),
    "hris": ([("HR", 5), ("FACILITIES", 2), ("FINANCE", 0.8)], [("", 1)],
             ["Payroll interface check", "HRIS role change", "Time recording terminals", "Badge system update",
              "Maintenance planning tool", "Onboarding workflow"]),
    "pm": ([("FINANCE", 2), ("MFG", 2), ("RND", 1.5), ("SALES", 1), ("DISPATCH", 1)], [("", 1)],
           ["ERP upgrade steering", "Project status report", "MES rollout planning", "Vendor workshop",
            "Budget review"]),
    "architect": (ALL_BUT("IT", {"RND": 2, "MFG": 2, "FINANCE": 1.5}), [("", 1)],
                  ["Integration design", "Architecture review", "Technology roadmap", "Solution design workshop"]),
    "service-mgmt": (ALL_BUT("IT", {"HR": 1.5, "FACILITIES": 1.5}), [("", 1)],
                     ["Service review meeting", "Vendor contract review", "SLA report", "Licence true-up"]),
    "collab": ([("CUSTOMER-SERVICE", 3), ("SALES", 2), ("EXEC", 1), ("HR", 1), ("MARKETING", 1),
                ("FACILITIES", 0.8)], [("", 1)],
               ["Contact center routing", "Meeting room AV", "Phone number porting", "Teams voice setup",
                "Town hall streaming"]),
}

HR_STAFF = OrderedDict([
    ("E-HR-001", "hrbp-ops"), ("E-HR-002", "hrbp-commercial"), ("E-HR-003", "hrbp-corporate"),
    ("E-HR-004", "payroll"), ("E-HR-005", "payroll"), ("E-HR-006", "recruiter"), ("E-HR-007", "recruiter"),
    ("E-HR-008", "learning"), ("E-HR-009", "admin"), ("E-HR-010", "hse"),
])


def headcount_weights(period, exclude):
    return [(c, float(headcount(c, period))) for c in LEAF_IDS if c != exclude]


def hr_role(role, period):
    pi = PERIODS.index(period)
    if role == "hrbp-ops":
        return ([("MFG", 5), ("PACKING", 2), ("DISPATCH", 1.5), ("MAINTENANCE", 1), ("QUALITY", 1)], [("", 1)],
                ["Works council meeting prep", "Shift plan change", "Absence case review", "Team conflict",
                 "Contract amendment"])
    if role == "hrbp-commercial":
        return ([("SALES", 3), ("MARKETING", 1.5), ("CUSTOMER-SERVICE", 2), ("RND", 2)], [("", 1)],
                ["Performance review cycle", "Commission plan question", "Contract amendment", "Team restructuring",
                 "Exit interview"])
    if role == "hrbp-corporate":
        return ([("FINANCE", 1.5), ("LEGAL", 0.7), ("EXEC", 1.5), ("IT", 2), ("FACILITIES", 1.5),
                 ("PROCUREMENT", 1)], [("", 1)],
                ["On-call allowance policy", "Salary benchmark", "Performance review cycle", "Contract amendment",
                 "Org chart update"])
    if role in ("payroll", "admin"):
        notes = ["Payroll run", "Payroll query", "Overtime correction", "Certificate of employment",
                 "Benefits enrolment", "Sick-leave records"] if role == "payroll" else \
                ["Onboarding paperwork", "Personnel file update", "Leaver paperwork", "Visa and permit",
                 "Company car admin"]
        return (headcount_weights(period, "HR"), [("HR-SERVICES", 1)], notes)
    if role == "recruiter":
        w = [("SALES", [2, 6, 3][pi]), ("MFG", 3), ("PACKING", [1, 4, 2][pi]), ("RND", 2),
             ("CUSTOMER-SERVICE", 1), ("DISPATCH", 0.7), ("IT", 0.8), ("QUALITY", 0.5), ("FINANCE", 0.3)]
        return (w, [("HR-RECRUITING", 1)],
                ["Interview", "Screening calls", "Job ad, sales rep", "Offer letter", "Assessment day",
                 "Agency briefing", "Temp staff onboarding, packing"])
    if role == "learning":
        return (headcount_weights(period, "HR"), [("", 1)],
                ["Forklift licence training", "Leadership programme", "Compliance e-learning", "Training plan 2027",
                 "Onboarding day"])
    if role == "hse":
        return ([("MFG", 5), ("PACKING", 2), ("DISPATCH", 2), ("MAINTENANCE", 2), ("QUALITY", 1),
                 ("FACILITIES", 1.5), ("RND", 0.5)], [("", 1)],
                ["Occupational health check", "Safety walk", "Incident investigation", "Ergonomics assessment",
                 "Fire drill"])
    raise KeyError(role)


def absence_days(rng, period, workdays):
    """Holidays: a 1-2 week block for most people in August, a few single days otherwise."""
    off = []
    if period == "2026-08":
        if rng.chance(0.6):
            length = rng.choice([5, 5, 5, 10])
            start = rng.randint(0, len(workdays) - length)
            off = workdays[start:start + length]
    n = rng.choice([0, 0, 1, 1, 2, 3] if period != "2026-08" else [0, 1])
    for _ in range(n):
        off.append(rng.choice(workdays))
    return off


def split_quarters(rng, total, parts):
    """Split an integer number of quarter hours into `parts` positive integers."""
    parts = max(1, min(parts, total))
    cuts = []
    while len(cuts) < parts - 1:
        c = rng.randint(1, total - 1)
        if c not in cuts:
            cuts.append(c)
    cuts.sort()
    bounds = [0] + cuts + [total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


def helpdesk_weights(period, day):
    w = []
    for c in LEAF_IDS:
        if c == "IT":
            continue
        f = TICKET_PROPENSITY.get(c, 1.0)
        if period == "2026-08" and 3 <= day.day <= 14 and c in ("MFG", "PACKING"):
            f *= 0.3                              # plant summer shutdown
        w.append((c, headcount(c, period) * f))
    return w


def build_timesheets():
    rng = Rng("timesheets")
    rows = []
    for p in PERIODS:
        y, m = p.split("-")
        workdays = working_days(p)
        absent = {}
        for emp in list(IT_STAFF) + list(HR_STAFF):
            absent[emp] = absence_days(rng, p, workdays)
        ticket_no = 0
        open_tickets = []                         # [ticket, customer, note, opened day index]
        for di, day in enumerate(workdays):
            refresh = p == "2026-09" and 7 <= day.day <= 25
            # ---------------- IT -----------------------------------------------------------------------------
            for emp, role in IT_STAFF.items():
                if day in absent[emp]:
                    continue
                entries = []                      # (customer, quarters, service, ticket, note)
                if role in ("desk", "field"):
                    if role == "desk":
                        target = rng.choice([22, 24, 25, 26, 26, 27, 28]) + (2 if refresh else 0)
                        if p == "2026-08":
                            target -= 2
                    else:
                        target = rng.choice([6, 8, 8, 10])
                    worked_today = []
                    logged = 0
                    while logged < target:
                        q = rng.weighted([(1, 30), (2, 30), (3, 15), (4, 12), (6, 7), (8, 4), (12, 2)])
                        q = min(q, target - logged)
                        recent = [t for t in open_tickets if di - t[3] <= 5 and t[0] not in worked_today]
                        if recent and rng.chance(0.15):
                            ticket, cust, note = rng.choice(recent)[:3]
                            note = "Follow-up: " + note
                        else:
                            ticket_no += 1
                            ticket = "INC-%s-%s-%05d" % (y, m, ticket_no)
                            cust = rng.weighted(helpdesk_weights(p, day))
                            note = rng.choice(REFRESH_NOTES) if refresh and rng.chance(0.3) \
                                else helpdesk_note(rng, cust)
                            open_tickets.append([ticket, cust, note, di])
                        worked_today.append(ticket)
                        entries.append((cust, q, "IT-HELPDESK", ticket, note))
                        logged += q
                    if role == "field":
                        rest = rng.choice([16, 18, 20]) if refresh else rng.choice([10, 12, 14])
                        for part in split_quarters(rng, rest, rng.randint(2, 3)):
                            cust = rng.weighted(headcount_weights(p, "IT"))
                            note = rng.choice(REFRESH_NOTES) if refresh else \
                                rng.choice(["Device inventory", "Spare pool check", "Meeting room PC setup"])
                            entries.append((cust, part, "IT-LAPTOPS", "", note))
                else:
                    customers, services, notes = IT_ROLES[role]
                    if role == "erp" and p != "2026-08":
                        notes = notes + ["ERP upgrade testing", "ERP upgrade cutover plan"]
                    target = rng.choice([24, 26, 28, 29, 30, 30, 31, 32, 32, 34])
                    for part in split_quarters(rng, target, rng.randint(2, 5)):
                        entries.append((rng.weighted(customers), part, rng.weighted(services), "",
                                        rng.choice(notes)))
                add_rows(rows, day, emp, "IT", entries)
            # ---------------- HR -----------------------------------------------------------------------------
            for emp, role in HR_STAFF.items():
                if day in absent[emp]:
                    continue
                customers, services, notes = hr_role(role, p)
                target = rng.choice([24, 26, 28, 29, 30, 30, 31, 32])
                entries = []
                for part in split_quarters(rng, target, rng.randint(2, 4)):
                    entries.append((rng.weighted(customers), part, rng.weighted(services), "", rng.choice(notes)))
                add_rows(rows, day, emp, "HR", entries)
    return rows


def add_rows(rows, day, emp, cc, entries):
    """Merge entries that would repeat (same customer, service, ticket, note) so no two rows are identical."""
    merged = OrderedDict()
    for cust, q, service, ticket, note in entries:
        assert cust != cc and q > 0
        key = (cust, service, ticket, note)
        merged[key] = merged.get(key, 0) + q
    for (cust, service, ticket, note), q in merged.items():
        rows.append([day.isoformat(), emp, cc, cust, quarters_str(q), service, ticket, note])


# ---------------------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------------------

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def generate(out):
    os.makedirs(out, exist_ok=True)
    cost_centers = [[g, n, k, ""] for g, n, k in GROUPS] + [[l[0], l[1], l[2], l[3]] for l in LEAVES]
    write_csv(os.path.join(out, "cost_centers.csv"), HEADERS["cost_centers.csv"], cost_centers)
    write_csv(os.path.join(out, "services.csv"), HEADERS["services.csv"], [list(s) for s in SERVICES])
    write_csv(os.path.join(out, "costs.csv"), HEADERS["costs.csv"], build_costs())
    write_csv(os.path.join(out, "timesheets.csv"), HEADERS["timesheets.csv"], build_timesheets())
    write_csv(os.path.join(out, "usage.csv"), HEADERS["usage.csv"], build_usage())
    write_csv(os.path.join(out, "drivers.csv"), HEADERS["drivers.csv"], build_drivers())
    for name in RULES_FILES:
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            f.write(rules_text(name))


# ---------------------------------------------------------------------------------------------------------------
# Checking (reads the files back, as the engine would)
# ---------------------------------------------------------------------------------------------------------------

PLAIN_DECIMAL = re.compile(r"^-?\d+(\.\d{1,4})?$")


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("byte-order mark")
    if b"\r" in raw:
        problems.append("carriage return in file")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], problems


def parse_rules(path):
    """Tiny reader for the YAML subset the generator writes (scalars, flow lists and maps, one list of maps)."""
    def value(v):
        v = v.strip()
        if v.startswith("[") and v.endswith("]"):
            return [x.strip() for x in v[1:-1].split(",") if x.strip()]
        if v.startswith("{") and v.endswith("}"):
            return OrderedDict((k.strip(), Decimal(x.strip())) for k, x in
                               (item.split(":") for item in v[1:-1].split(",") if item.strip()))
        return v
    doc, pools, current = OrderedDict(), [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("  - "):
                current = OrderedDict()
                pools.append(current)
                line = "    " + line[4:]
            key, _, v = line.strip().partition(":")
            if line.startswith("    "):
                current[key] = value(v)
            elif key == "pools":
                doc["pools"] = pools
            else:
                doc[key] = value(v)
    return doc


def check(out):
    errors, warnings = [], []
    err = errors.append

    data = {}
    for name, header in HEADERS.items():
        path = os.path.join(out, name)
        if not os.path.exists(path):
            err("%s: missing" % name)
            continue
        hdr, rows, problems = read_csv(path)
        for pr in problems:
            err("%s: %s" % (name, pr))
        if hdr != header:
            err("%s: header %s, expected %s" % (name, hdr, header))
        seen = set()
        for i, r in enumerate(rows, start=2):
            t = tuple(r.get(h, "") for h in header)
            if t in seen:
                err("%s:%d: duplicate row" % (name, i))
            seen.add(t)
        data[name] = rows
    if errors:
        return errors, warnings, None

    # cost centers
    cc = OrderedDict((r["id"], r) for r in data["cost_centers.csv"])
    parents = set(r["parent"] for r in cc.values() if r["parent"])
    leaves = [i for i in cc if i not in parents]
    for i, r in cc.items():
        if r["kind"] not in ("SERVICE", "OPERATING"):
            err("cost_centers: %s kind %s" % (i, r["kind"]))
        if r["parent"] and r["parent"] not in cc:
            err("cost_centers: %s unknown parent %s" % (i, r["parent"]))
        if i in parents and r["parent"]:
            err("cost_centers: group %s has a parent" % i)
        if not re.match(r"^[A-Z][A-Z0-9-]*$", i):
            err("cost_centers: id %s not uppercase-with-dashes" % i)
    if len(leaves) < 15:
        err("cost_centers: only %d leaves" % len(leaves))
    service_ccs = [i for i in leaves if cc[i]["kind"] == "SERVICE"]

    # services
    svc = OrderedDict((r["id"], r) for r in data["services.csv"])
    for s, r in svc.items():
        if r["cost_center"] not in service_ccs:
            err("services: %s belongs to %s, not a service leaf" % (s, r["cost_center"]))
        for col in ("rate", "capacity"):
            if r[col] and not PLAIN_DECIMAL.match(r[col]):
                err("services: %s %s=%r" % (s, col, r[col]))

    def in_period(date, period):
        return date[:7] == period

    # costs
    for i, r in enumerate(data["costs.csv"], start=2):
        if r["period"] not in PERIODS:
            err("costs:%d period %s" % (i, r["period"]))
        if r["cost_center"] not in leaves:
            err("costs:%d cost center %s not a leaf" % (i, r["cost_center"]))
        if not PLAIN_DECIMAL.match(r["amount"]):
            err("costs:%d amount %r" % (i, r["amount"]))
        if r["currency"] != CURRENCY:
            err("costs:%d currency %s" % (i, r["currency"]))
        if r["service"] and (r["service"] not in svc or svc[r["service"]]["cost_center"] != r["cost_center"]):
            err("costs:%d service %s does not belong to %s" % (i, r["service"], r["cost_center"]))

    # timesheets
    hours = {}                # (period, supplier, service) -> Decimal
    for i, r in enumerate(data["timesheets.csv"], start=2):
        try:
            d = datetime.date.fromisoformat(r["date"])
        except ValueError:
            err("timesheets:%d date %r" % (i, r["date"]))
            continue
        p = r["date"][:7]
        if p not in PERIODS or d.weekday() >= 5:
            err("timesheets:%d date %s outside periods or not a working day" % (i, r["date"]))
        if r["cost_center"] not in service_ccs:
            err("timesheets:%d supplier %s" % (i, r["cost_center"]))
        if r["customer"] not in leaves or r["customer"] == r["cost_center"]:
            err("timesheets:%d customer %s" % (i, r["customer"]))
        if not PLAIN_DECIMAL.match(r["hours"]) or Decimal(r["hours"]) <= 0 or (Decimal(r["hours"]) * 4) % 1:
            err("timesheets:%d hours %r" % (i, r["hours"]))
            continue
        if r["service"] and (r["service"] not in svc or svc[r["service"]]["cost_center"] != r["cost_center"]):
            err("timesheets:%d service %s" % (i, r["service"]))
        if r["service"] == "IT-HELPDESK":
            if not re.match(r"^INC-%s-%s-\d{5}$" % (p[:4], p[5:]), r["ticket"]):
                err("timesheets:%d ticket %r" % (i, r["ticket"]))
        elif r["ticket"]:
            err("timesheets:%d ticket on a non-helpdesk row" % i)
        for key in ((p, r["cost_center"], ""), (p, r["cost_center"], r["service"])):
            hours[key] = hours.get(key, Decimal(0)) + Decimal(r["hours"])

    # usage
    usage = {}               # (period, service, customer) -> Decimal
    laptop_rows = {}
    for i, r in enumerate(data["usage.csv"], start=2):
        p = r["date"][:7]
        try:
            datetime.date.fromisoformat(r["date"])
        except ValueError:
            err("usage:%d date %r" % (i, r["date"]))
            continue
        if p not in PERIODS:
            err("usage:%d date %s outside the periods" % (i, r["date"]))
        if r["service"] not in svc or r["service"] == "IT-HELPDESK":
            err("usage:%d service %s" % (i, r["service"]))
        if r["customer"] not in leaves:
            err("usage:%d customer %s" % (i, r["customer"]))
        if not PLAIN_DECIMAL.match(r["quantity"]) or Decimal(r["quantity"]) <= 0:
            err("usage:%d quantity %r" % (i, r["quantity"]))
            continue
        if r["service"] == "IT-LAPTOPS":
            if not r["quantity"].isdigit():
                err("usage:%d seats not an integer" % i)
            laptop_rows[(p, r["customer"])] = laptop_rows.get((p, r["customer"]), 0) + 1
        key = (p, r["service"], r["customer"])
        usage[key] = usage.get(key, Decimal(0)) + Decimal(r["quantity"])
    for p in PERIODS:
        for c in leaves:
            if laptop_rows.get((p, c), 0) != 1:
                err("usage: %s %s has %d IT-LAPTOPS rows" % (p, c, laptop_rows.get((p, c), 0)))

    # drivers
    stat = {}
    for i, r in enumerate(data["drivers.csv"], start=2):
        if r["period"] not in PERIODS or r["cost_center"] not in leaves:
            err("drivers:%d %s %s" % (i, r["period"], r["cost_center"]))
        if not PLAIN_DECIMAL.match(r["value"]) or Decimal(r["value"]) <= 0:
            err("drivers:%d value %r" % (i, r["value"]))
            continue
        stat[(r["period"], r["driver"], r["cost_center"])] = Decimal(r["value"])
    for p in PERIODS:
        for c in leaves:
            for drv in ("HEADCOUNT", "SQM"):
                if (p, drv, c) not in stat:
                    err("drivers: %s %s missing %s" % (p, c, drv))
        hc = sum(stat.get((p, "HEADCOUNT", c), 0) for c in leaves)
        if not 570 <= hc <= 630:
            warnings.append("drivers: %s headcount %s" % (p, hc))

    # rules
    pool_totals = OrderedDict()
    rules = {}
    for name in RULES_FILES:
        path = os.path.join(out, name)
        if not os.path.exists(path):
            err("%s: missing" % name)
            continue
        with open(path, encoding="utf-8") as f:
            if not f.readline().startswith("#"):
                err("%s: no comment header" % name)
        rules[name] = parse_rules(path)
    if "rules.yaml" in rules:
        base = [(x.get("cost_center"), x.get("service")) for x in rules["rules.yaml"]["pools"]]
        for name, doc in rules.items():
            if doc.get("currency") != CURRENCY:
                err("%s: currency %s" % (name, doc.get("currency")))
            if [(x.get("cost_center"), x.get("service")) for x in doc["pools"]] != base:
                err("%s: pools differ from rules.yaml" % name)
            if doc.get("method") == "step-down" and sorted(doc.get("step_order", [])) != sorted(set(c for c, _ in base)):
                err("%s: step_order %s" % (name, doc.get("step_order")))
        doc = rules["rules.yaml"]
        if sorted(set(x["basis"] for x in doc["pools"])) != ["even", "fixed", "proportional", "rate", "tdabc"]:
            err("rules.yaml: not every basis is used")
        claimed = set((x["cost_center"], x.get("service")) for x in doc["pools"])
        for x in doc["pools"]:
            c, s = x["cost_center"], x.get("service")
            if c not in service_ccs or (s and (s not in svc or svc[s]["cost_center"] != c)):
                err("rules.yaml: pool %s/%s" % (c, s))
            for rc in x.get("receivers", []) + list(x.get("shares", {}).keys()):
                if rc not in leaves:
                    err("rules.yaml: pool %s/%s names unknown receiver %s" % (c, s, rc))
            if x["basis"] == "fixed" and sum(x["shares"].values()) != 100:
                err("rules.yaml: shares of %s/%s sum to %s" % (c, s, sum(x["shares"].values())))
            drv = x.get("driver", "")
            for p in PERIODS:
                if drv == "hours":
                    q = hours.get((p, c, s or ""), 0)
                elif drv.startswith("usage:"):
                    q = sum(v for (pp, ss, cu), v in usage.items() if pp == p and ss == drv[6:] and cu != c)
                elif drv.startswith("stat:"):
                    q = sum(v for (pp, dd, cu), v in stat.items() if pp == p and dd == drv[5:] and cu != c)
                else:
                    q = None
                if q is not None and q <= 0:
                    err("rules.yaml: pool %s/%s has no driver quantity in %s" % (c, s, p))
                if x["basis"] == "tdabc" and q is not None:
                    cap = Decimal(svc[s or drv[6:]]["capacity"])
                    if q >= cap:
                        err("rules.yaml: %s %s hours %s exceed capacity %s" % (s, p, q, cap))
        for p in PERIODS:
            for x in doc["pools"]:
                pool_totals[(p, x["cost_center"], x.get("service") or "")] = Decimal(0)
        for i, r in enumerate(data["costs.csv"], start=2):
            c, s = r["cost_center"], r["service"]
            if c not in service_ccs:
                continue
            if s and (c, s) not in claimed:
                err("costs:%d service %s has no pool (would fall into the general pool)" % (i, s))
            key = (r["period"], c, s if (c, s) in claimed else "")
            pool_totals[key] = pool_totals.get(key, Decimal(0)) + Decimal(r["amount"])
        for key, v in pool_totals.items():
            if v <= 0:
                err("costs: pool %s has no cost (%s)" % ("/".join(k for k in key if k), v))
        bands = {"IT": (450000, 550000), "HR": (150000, 200000), "FACILITIES": (250000, 320000)}
        for p in PERIODS:
            for c, (lo, hi) in bands.items():
                t = sum(v for (pp, cc_, _), v in pool_totals.items() if pp == p and cc_ == c)
                if not lo <= t <= hi:
                    warnings.append("costs: %s %s total %s outside %s..%s" % (p, c, t, lo, hi))

    size = sum(os.path.getsize(os.path.join(out, f)) for f in list(HEADERS) + RULES_FILES)
    if size > 5 * 1024 * 1024:
        err("sample data is %d bytes" % size)
    summary = {"data": data, "hours": hours, "usage": usage, "stat": stat, "pool_totals": pool_totals,
               "leaves": leaves, "service_ccs": service_ccs, "size": size, "svc": svc}
    return errors, warnings, summary


def eur(v):
    return "{:,.2f}".format(v)


def row_counts(summary):
    data = summary["data"]
    counts = OrderedDict()
    for name in HEADERS:
        rows = data[name]
        per = OrderedDict()
        for p in PERIODS:
            if name in ("costs.csv", "drivers.csv"):
                per[p] = sum(1 for r in rows if r["period"] == p)
            elif name in ("timesheets.csv", "usage.csv"):
                per[p] = sum(1 for r in rows if r["date"][:7] == p)
        counts[name] = (len(rows), per)
    return counts


def summary_lines(summary):
    data, hours, usage, stat = summary["data"], summary["hours"], summary["usage"], summary["stat"]
    lines = ["Row counts (data rows, header excluded):"]
    for name, (total, per) in row_counts(summary).items():
        lines.append("  %-18s %6d  %s" % (name, total, "  ".join("%s: %d" % kv for kv in per.items())))
    lines.append("Pool costs (EUR):")
    lines.append("  %-28s %14s %14s %14s" % tuple(["pool"] + PERIODS))
    keys = OrderedDict((k[1:], None) for k in summary["pool_totals"])
    for c, s in keys:
        vals = [summary["pool_totals"].get((p, c, s), 0) for p in PERIODS]
        lines.append("  %-28s %14s %14s %14s" % tuple([c + ("/" + s if s else " (general)")] + [eur(v) for v in vals]))
    for c in summary["service_ccs"]:
        vals = [sum(v for (pp, cc_, _), v in summary["pool_totals"].items() if pp == p and cc_ == c) for p in PERIODS]
        lines.append("  %-28s %14s %14s %14s" % tuple(["TOTAL " + c] + [eur(v) for v in vals]))
    own = [sum(Decimal(r["amount"]) for r in data["costs.csv"]
               if r["period"] == p and r["cost_center"] not in summary["service_ccs"]) for p in PERIODS]
    lines.append("  %-28s %14s %14s %14s" % tuple(["operating own cost"] + [eur(v) for v in own]))
    lines.append("Drivers:")
    cap = Decimal(summary["svc"]["IT-HELPDESK"]["capacity"])
    for p in PERIODS:
        hd = hours.get((p, "IT", "IT-HELPDESK"), 0)
        tickets = len(set(r["ticket"] for r in data["timesheets.csv"] if r["date"][:7] == p and r["ticket"]))
        seats = sum(v for (pp, s, _), v in usage.items() if pp == p and s == "IT-LAPTOPS")
        laptop_cost = summary["pool_totals"].get((p, "IT", "IT-LAPTOPS"), 0)
        rate = Decimal(summary["svc"]["IT-LAPTOPS"]["rate"])
        cloud = sum(v for (pp, s, _), v in usage.items() if pp == p and s == "IT-CLOUD")
        hc = sum(v for (pp, d, _), v in stat.items() if pp == p and d == "HEADCOUNT")
        sqm = sum(v for (pp, d, _), v in stat.items() if pp == p and d == "SQM")
        lines.append("  %s  IT hours %s (helpdesk %s = %.0f%% of %s h capacity, %d tickets), HR hours %s" % (
            p, hours.get((p, "IT", ""), 0), hd, 100 * hd / cap, cap, tickets, hours.get((p, "HR", ""), 0)))
        lines.append("           seats %s (at %s: %s vs cost %s), cloud %s vCPU-h, headcount %s, floor %s sqm" % (
            seats, rate, eur(seats * rate), eur(laptop_cost), cloud.quantize(Decimal("0.01")), hc, sqm))
    lines.append("Size of the data and rules files: %d bytes" % summary["size"])
    return lines


# ---------------------------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------------------------

def write_readme(out, summary):
    counts = row_counts(summary)
    pt = summary["pool_totals"]
    L = []
    a = L.append
    a("# Sample data: Northwind Components")
    a("")
    a("Generated by `scripts/generate_sample_data.py` (deterministic: fixed seed, Python standard library only).")
    a("Do not edit these files by hand; change the generator and rerun it:")
    a("")
    a("```sh")
    a("python3 scripts/generate_sample_data.py          # rewrite sample-data/ and check it")
    a("python3 scripts/generate_sample_data.py --check  # only check sample-data/ and print a summary")
    a("```")
    a("")
    a("## The company")
    a("")
    a("Northwind Components is a fictional maker of hydraulic valves and fittings with about 600 people: one plant")
    a("(manufacturing, packing, dispatch and warehouse, quality lab, maintenance), R&D, a commercial team and a small")
    a("head office. Three internal service departments (IT, HR, Facilities) cost EUR 0.9 to 1.05 million a month")
    a("together; finance charges them back to the departments that use them. The data covers three months:")
    a("")
    a("- **August 2026**: summer. Many people take one or two weeks off, the plant shuts down from 3 to 14 August")
    a("  (fewer shop-floor tickets, less MES load), Facilities uses the shutdown for a roof repair and Maintenance")
    a("  for its machine overhaul. The cloud bill carries a credit note (commitment true-up): a negative cost line.")
    a("- **September 2026**: laptop refresh. The IT-LAPTOPS pool more than doubles (docks and monitors, a")
    a("  deployment partner, write-off of retired laptops) while seats stay flat, so the standard rate of EUR 42.50")
    a("  per seat under-recovers (and still a little in October, when depreciation of the new devices has")
    a("  started); the service desk is busier. Sales hires four reps (agency fees in recruiting), and the ERP")
    a("  upgrade project starts (IT contractors).")
    a("- **October 2026**: cloud spike. R&D runs a simulation campaign for a new valve series on a burst cluster")
    a("  from 5 October, so IT-CLOUD cost and R&D's vCPU-hours jump. Heating starts, Packing takes on eight temps")
    a("  and 150 sqm of warehouse floor for the Q4 peak, Marketing pays for a trade fair.")
    a("")
    a("The service departments also serve each other: IT works for HR and Facilities (HRIS, badge system, network),")
    a("HR works for IT and Facilities (payroll, recruiting), and all three use seats, cloud and floor space. That is")
    a("what makes the step-down and reciprocal methods give different answers from the direct one.")
    a("")
    a("## Cost centers")
    a("")
    a("| group (roll-up only) | leaves |")
    a("|---|---|")
    for g, n, k in GROUPS:
        a("| `%s` (%s, %s) | %s |" % (g, n, k, ", ".join("`%s`" % l[0] for l in LEAVES if l[3] == g)))
    a("")
    a("Group nodes have no parent and never appear as customers, receivers or drivers. `IT`, `HR` and `FACILITIES`")
    a("are `SERVICE` leaves; every other leaf is `OPERATING`.")
    a("")
    a("## Files")
    a("")
    a("| file | what it holds |")
    a("|---|---|")
    a("| `cost_centers.csv` | 4 roll-up groups and 16 leaf cost centers |")
    a("| `services.csv` | 7 services: IT-HELPDESK (hours, practical capacity 1,300 h/month), IT-LAPTOPS (seats,"
      " standard rate 42.50), IT-CLOUD (vCPU-hours), HR-SERVICES (headcount), HR-RECRUITING (hires), FAC-SPACE"
      " (sqm), FAC-RECEPTION (share) |")
    a("| `costs.csv` | GL extract in EUR per period. IT, HR and FACILITIES lines; lines with `service` feed that"
      " service's pool (IT-HELPDESK, IT-LAPTOPS, IT-CLOUD, HR-RECRUITING, FAC-RECEPTION), the rest the cost"
      " center's general pool (HR-SERVICES and FAC-SPACE are the general pools of HR and Facilities). Cloud and"
      " energy lines have 4 decimals (converted or metered amounts). Operating cost centers carry their own"
      " personnel and main opex lines, which are not allocated but show each department's total cost. |")
    a("| `timesheets.csv` | hours logged by 25 IT and 10 HR employees (`E-IT-001`..`E-IT-025`,"
      " `E-HR-001`..`E-HR-010`) for other cost centers, working days only, quarter-hour steps. Service-desk rows"
      " carry `IT-HELPDESK` and a ticket `INC-yyyy-mm-nnnnn` (a ticket can span several rows); deployment work"
      " carries `IT-LAPTOPS`, platform work `IT-CLOUD`, payroll and admin `HR-SERVICES`, recruiters"
      " `HR-RECRUITING`; other rows leave `service` empty. |")
    a("| `usage.csv` | `IT-LAPTOPS`: one row per leaf per month (month-end CMDB snapshot, seats, integer);"
      " `IT-CLOUD`: one row per cloud resource per day, vCPU-hours with 4 decimals, `reference` = resource id. |")
    a("| `drivers.csv` | `HEADCOUNT` and `SQM` for every leaf cost center and period |")
    a("| `rules.yaml` | method `direct` |")
    a("| `rules-step-down.yaml` | the same pools, method `step-down`, `step_order: [HR, FACILITIES, IT]` |")
    a("| `rules-reciprocal.yaml` | the same pools, method `reciprocal` |")
    a("")
    a("### Rows per file and period (data rows, header excluded)")
    a("")
    a("| file | %s | total |" % " | ".join(PERIODS))
    a("|---|%s---:|" % ("---:|" * len(PERIODS)))
    for name, (total, per) in counts.items():
        a("| `%s` | %s | %d |" % (name, " | ".join(str(per[p]) if per else "-" for p in PERIODS), total))
    a("")
    a("## Pools")
    a("")
    a("Every allocation basis is used once at least:")
    a("")
    a("| pool | basis | driver |")
    a("|---|---|---|")
    for c, s, basis, driver, extra, comment in POOLS:
        d = driver or "; ".join(extra)
        a("| `%s`%s | %s | %s |" % (c, " / `%s`" % s if s else " (general)", basis, d.replace("|", "\\|")))
    a("")
    a("Under `direct` only operating cost centers receive, so HR's share of reception drops out there; under")
    a("`step-down` HR is closed first and receives nothing more. Recruiting is split by the hiring plan's fixed")
    a("shares, not by recruiter hours (the hours are in the timesheets for information). As docs/rules-format.md")
    a("defines `hours`, rows of a service whose own pool is driven by hours count for that pool only: the general")
    a("IT pool counts every IT hour except the service-desk rows (IT-HELPDESK is on TDABC by hours).")
    a("")
    a("### Pool cost per month (EUR, from costs.csv)")
    a("")
    a("| pool | %s |" % " | ".join(PERIODS))
    a("|---|%s" % ("---:|" * len(PERIODS)))
    keys = OrderedDict((k[1:], None) for k in pt)
    for c, s in keys:
        a("| `%s`%s | %s |" % (c, " / `%s`" % s if s else " (general)",
                               " | ".join(eur(pt.get((p, c, s), 0)) for p in PERIODS)))
    own = [sum(Decimal(r["amount"]) for r in summary["data"]["costs.csv"]
               if r["period"] == p and r["cost_center"] not in summary["service_ccs"]) for p in PERIODS]
    for c in summary["service_ccs"]:
        a("| **%s total** | %s |" % (c, " | ".join(
            "**%s**" % eur(sum(v for (pp, cc_, _), v in pt.items() if pp == p and cc_ == c)) for p in PERIODS)))
    a("| operating departments' own cost (not allocated) | %s |" % " | ".join(eur(v) for v in own))
    a("")
    a("### Drivers per month")
    a("")
    a("| period | IT hours | of which helpdesk (capacity 1,300) | tickets | HR hours | seats | cloud vCPU-hours |"
      " headcount | floor sqm |")
    a("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    data, hours, usage, stat = summary["data"], summary["hours"], summary["usage"], summary["stat"]
    for p in PERIODS:
        tickets = len(set(r["ticket"] for r in data["timesheets.csv"] if r["date"][:7] == p and r["ticket"]))
        a("| %s | %s | %s | %d | %s | %s | %s | %s | %s |" % (
            p, hours.get((p, "IT", ""), 0), hours.get((p, "IT", "IT-HELPDESK"), 0), tickets,
            hours.get((p, "HR", ""), 0),
            sum(v for (pp, s, _), v in usage.items() if pp == p and s == "IT-LAPTOPS"),
            "{:,.0f}".format(sum(v for (pp, s, _), v in usage.items() if pp == p and s == "IT-CLOUD")),
            sum(v for (pp, d, _), v in stat.items() if pp == p and d == "HEADCOUNT"),
            "{:,.1f}".format(sum(v for (pp, d, _), v in stat.items() if pp == p and d == "SQM"))))
    a("")
    a("## Conventions")
    a("")
    a("UTF-8 without byte-order mark, comma separator, header row, `\\n` line ends, RFC 4180 quoting (a few notes")
    a("contain commas, quotes or non-ASCII characters on purpose). Amounts and quantities are plain decimal strings")
    a("(no exponent, no thousands separator). Dates are ISO `yyyy-mm-dd` inside their period; the `period` column is")
    a("`yyyy-mm`. No two rows of a file are identical. The data and rules files take about %d kB." % (
        (summary["size"] + 512) // 1024))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: sample-data/ of the repository)")
    ap.add_argument("--check", action="store_true", help="only check an existing directory and print a summary")
    args = ap.parse_args()
    if not args.check:
        generate(args.out)
    errors, warnings, summary = check(args.out)
    if summary and not args.check:
        write_readme(args.out, summary)
    if summary:
        print("\n".join(summary_lines(summary)))
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    print("%s: %d error(s), %d warning(s)" % (args.out, len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
