-- What explains a run, as typed rows written in the posting transaction (issue 7): its warnings, the order its
-- pools were closed in, the reciprocal equations and their solution, and the TDABC and rate-card figures. Readers
-- go through dev.chargeback.ledger.RunArchive; nothing re-parses JSON or splits joined strings.
--
-- Money is in minor units (BIGINT). Other figures (quantities, rates, shares, full costs) are exact decimals:
-- the value in a wide DECIMAL and, beside it, the scale the engine computed it with (*_scale), so that the method
-- detail shows each figure exactly as it was computed ("467.50" stays "467.50", "0" stays "0"): DECIMAL columns
-- pad every value to the column's scale, and H2's unconstrained NUMERIC keeps no decimals at all.
--
-- The JSON column method_detail and the "\n"-joined warnings column are dropped: runs posted before this
-- migration keep their flows, pools and entries, but no warnings or method detail.

ALTER TABLE allocation_run DROP COLUMN method_detail;
ALTER TABLE allocation_run DROP COLUMN warnings;
-- step-down only: where the step order came from (the rules file, or the engine's ordering); NULL otherwise
ALTER TABLE allocation_run ADD COLUMN step_order_source VARCHAR(200);

CREATE TABLE run_warning (
    run_id   VARCHAR(40)   NOT NULL REFERENCES allocation_run (run_id),
    seq      INT           NOT NULL,
    message  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- step-down: the cost centers whose pools were closed, in order (step 1 first)
CREATE TABLE run_step (
    run_id       VARCHAR(40)  NOT NULL REFERENCES allocation_run (run_id),
    step_no      INT          NOT NULL,
    cost_center  VARCHAR(100) NOT NULL,
    PRIMARY KEY (run_id, step_no)
);

-- reciprocal: one row per pool (in equation order): F = own + constant_inflow + A^T F, and its solution F
CREATE TABLE run_reciprocal_pool (
    run_id                 VARCHAR(40)    NOT NULL REFERENCES allocation_run (run_id),
    pool_no                INT            NOT NULL,
    pool                   VARCHAR(210)   NOT NULL,
    own                    DECIMAL(90,50) NOT NULL,
    own_scale              INT            NOT NULL,
    constant_inflow        DECIMAL(90,50) NOT NULL,
    constant_inflow_scale  INT            NOT NULL,
    full_cost              DECIMAL(90,50) NOT NULL,
    full_cost_scale        INT            NOT NULL,
    PRIMARY KEY (run_id, pool_no)
);

-- reciprocal: the fraction of the full cost of pool pool_no that pool receiver receives (absent means zero)
CREATE TABLE run_reciprocal_share (
    run_id       VARCHAR(40)    NOT NULL REFERENCES allocation_run (run_id),
    pool_no      INT            NOT NULL,
    share_no     INT            NOT NULL,
    receiver     VARCHAR(210)   NOT NULL,
    share        DECIMAL(90,50) NOT NULL,
    share_scale  INT            NOT NULL,
    PRIMARY KEY (run_id, pool_no, share_no)
);

-- TDABC pools: capacity cost rate = cost / practical capacity; unused capacity stays with the supplier
CREATE TABLE run_tdabc (
    run_id               VARCHAR(40)    NOT NULL REFERENCES allocation_run (run_id),
    seq                  INT            NOT NULL,
    pool                 VARCHAR(210)   NOT NULL,
    cost_center          VARCHAR(100)   NOT NULL,
    cost                 DECIMAL(90,50),
    cost_scale           INT     ,
    capacity             DECIMAL(90,50),
    capacity_scale       INT     ,
    used                 DECIMAL(90,50),
    used_scale           INT     ,
    rate                 DECIMAL(90,50),
    rate_scale           INT     ,
    unused_time          DECIMAL(90,50),
    unused_time_scale    INT     ,
    unused_amount_minor  BIGINT         NOT NULL,
    over_capacity        BOOLEAN        NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- rate-basis pools: what rate x quantity recovered against the pool, and where the difference went
CREATE TABLE run_rate_card (
    run_id             VARCHAR(40)    NOT NULL REFERENCES allocation_run (run_id),
    seq                INT            NOT NULL,
    pool               VARCHAR(210)   NOT NULL,
    cost_center        VARCHAR(100)   NOT NULL,
    rate               DECIMAL(90,50),
    rate_scale         INT     ,
    quantity           DECIMAL(90,50),
    quantity_scale     INT     ,
    pool_total_minor   BIGINT         NOT NULL,
    charged_minor      BIGINT         NOT NULL,
    recovery_minor     BIGINT         NOT NULL,
    recovery_to        VARCHAR(100)   NOT NULL,
    PRIMARY KEY (run_id, seq)
);
