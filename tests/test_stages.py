"""Stages, the dunning policy and the tone (API contract §4; shared/README.md practice)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

import creances as cr

D = Decimal
A = cr.ActionKind
C = cr.Channel
T = cr.Tone


# -- Stage -------------------------------------------------------------------------------------


def test_stage_order_is_the_order_of_the_process() -> None:
    # api.md §4 lists the members « in the order of the process ».
    assert [s.value for s in cr.Stage] == [
        "upcoming",
        "preventive",
        "overdue",
        "formal_notice",
        "litigation",
        "enforcement",
        "settled",
        "time_barred",
    ]
    assert [s.rank for s in cr.Stage] == list(range(8))
    assert cr.Stage.UPCOMING.rank < cr.Stage.FORMAL_NOTICE.rank < cr.Stage.TIME_BARRED.rank


# -- the default calendar ------------------------------------------------------------------------


def test_default_policy_steps() -> None:
    # The seeds' practice: preventive email 5 days before the due date, email one week after,
    # call at two weeks, second (firmer) email at three weeks, mise en demeure by LRAR at one
    # month, then the judicial route 15 days later.
    policy = cr.DunningPolicy.default()
    assert [(s.offset, s.action, s.channel, s.tone) for s in policy.steps] == [
        (-5, A.PREVENTIVE_REMINDER, C.EMAIL, T.COURTEOUS),
        (7, A.REMINDER, C.EMAIL, T.COURTEOUS),
        (14, A.CALL, C.PHONE, T.COURTEOUS),
        (21, A.FINAL_REMINDER, C.EMAIL, T.FIRM),
        (30, A.FORMAL_NOTICE, C.REGISTERED_LETTER, T.FIRM),
        (45, A.JUDICIAL, C.COMMISSAIRE_DE_JUSTICE, T.FIRM),
    ]
    assert all(s.label for s in policy.steps)
    assert "mise en demeure" in policy.steps[4].label
    assert (policy.preventive_days, policy.formal_notice_days) == (5, 8)
    # CPCE R125-1: the small-claims ceiling is 5 000 €, principal and interest included.
    assert policy.small_claims_ceiling == D("5000.00")
    assert policy.uncontested_procedure is False  # the 2026 procedure is opt-in
    assert cr.DunningPolicy.default() is policy
    assert cr.DunningPolicy() == policy


def test_policy_is_immutable_and_with_steps_copies() -> None:
    policy = cr.DunningPolicy.default()
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.preventive_days = 3  # type: ignore[misc]
    short = policy.with_steps((cr.Step(10, "reminder", "email"),))
    assert [s.offset for s in short.steps] == [10]
    assert len(policy.steps) == 6
    assert short.formal_notice_days == policy.formal_notice_days


def test_steps_given_as_a_list_become_a_tuple() -> None:
    policy = cr.DunningPolicy(steps=[cr.Step(7, "reminder", "email")])  # type: ignore[arg-type]
    assert isinstance(policy.steps, tuple)


def test_step_values_are_converted() -> None:
    s = cr.Step(-3, "preventive_reminder", "email", "firm", "rappel")
    assert (s.action, s.channel, s.tone) == (A.PREVENTIVE_REMINDER, C.EMAIL, T.FIRM)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"steps": ("reminder",)}, id="steps-not-steps"),
        pytest.param(
            {"steps": (cr.Step(14, "call", "phone"), cr.Step(7, "reminder", "email"))},
            id="steps-out-of-order",
        ),
        pytest.param({"preventive_days": -1}, id="negative-preventive"),
        pytest.param({"preventive_days": 5.0}, id="float-preventive"),
        pytest.param({"preventive_days": True}, id="bool-preventive"),
        pytest.param({"formal_notice_days": "8"}, id="str-notice-days"),
        pytest.param({"small_claims_ceiling": 5000.0}, id="float-ceiling"),
        pytest.param({"small_claims_ceiling": D(-1)}, id="negative-ceiling"),
        pytest.param({"uncontested_procedure": 1}, id="int-uncontested"),
        pytest.param({"courteous_below": 0.1}, id="float-share"),
        pytest.param({"firm_from": D("1.5")}, id="share-above-one"),
        pytest.param({"courteous_below": D("0.6"), "firm_from": D("0.5")}, id="shares-crossed"),
    ],
)
def test_policy_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.DunningPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_shares_accept_ints() -> None:
    # 0 and 1 are valid shares: never courteous-by-history, firm only if every payment was late.
    policy = cr.DunningPolicy(courteous_below=0, firm_from=1)
    assert (policy.courteous_below, policy.firm_from) == (D(0), D(1))


@pytest.mark.parametrize(
    "args",
    [
        pytest.param((7.0, "reminder", "email"), id="float-offset"),
        pytest.param((True, "reminder", "email"), id="bool-offset"),
        pytest.param((7, "relance", "email"), id="unknown-action"),
        pytest.param((7, "reminder", "fax"), id="unknown-channel"),
        pytest.param((7, "reminder", "email", "angry"), id="unknown-tone"),
    ],
)
def test_step_validation(args: tuple[object, ...]) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.Step(*args)  # type: ignore[arg-type]


# -- tone --------------------------------------------------------------------------------------

POLICY = cr.DunningPolicy.default()
REMINDER = POLICY.steps[1]  # courteous by default
FINAL = POLICY.steps[3]  # firm by default
NOTICE = POLICY.steps[4]  # firm, not amicable


@pytest.mark.parametrize(
    ("step", "history", "tone"),
    [
        # no history: the step's own tone
        pytest.param(REMINDER, None, T.COURTEOUS, id="no-history-reminder"),
        pytest.param(FINAL, None, T.FIRM, id="no-history-final"),
        pytest.param(REMINDER, cr.PaymentHistory(0, 0), T.COURTEOUS, id="no-invoices"),
        # 0 / 20 = 0 % < 10 %: usually punctual → courteous, even for the final reminder
        pytest.param(REMINDER, cr.PaymentHistory(20, 0), T.COURTEOUS, id="punctual-reminder"),
        pytest.param(FINAL, cr.PaymentHistory(20, 0), T.COURTEOUS, id="punctual-final"),
        # 15 / 20 = 75 % ≥ 50 %: repeat late payer → firm from the first reminder
        pytest.param(REMINDER, cr.PaymentHistory(20, 15), T.FIRM, id="late-payer-reminder"),
        # 1 / 10 = 10 %: not below 10 % → the step's tone; 10 / 20 = 50 %: firm (≥)
        pytest.param(REMINDER, cr.PaymentHistory(10, 1), T.COURTEOUS, id="10pct-step-tone"),
        pytest.param(FINAL, cr.PaymentHistory(10, 1), T.FIRM, id="10pct-final-step-tone"),
        pytest.param(REMINDER, cr.PaymentHistory(20, 10), T.FIRM, id="50pct-firm"),
        # 1 / 11 = 9.09 % < 10 %: courteous
        pytest.param(FINAL, cr.PaymentHistory(11, 1), T.COURTEOUS, id="9pct-courteous"),
        # the formal notice is always firm, whatever the history
        pytest.param(NOTICE, cr.PaymentHistory(20, 0), T.FIRM, id="notice-punctual"),
        pytest.param(NOTICE, None, T.FIRM, id="notice-no-history"),
    ],
)
def test_tone_for(step: cr.Step, history: cr.PaymentHistory | None, tone: cr.Tone) -> None:
    assert POLICY.tone_for(step, history) == tone


@pytest.mark.parametrize(
    "args",
    [
        pytest.param((-1, 0), id="negative-invoices"),
        pytest.param((5, -1), id="negative-late"),
        pytest.param((5, 6), id="late-above-invoices"),
        pytest.param((5.0, 1), id="float-invoices"),
        pytest.param((True, 0), id="bool-invoices"),
    ],
)
def test_payment_history_validation(args: tuple[object, object]) -> None:
    with pytest.raises(cr.InvalidInputError):
        cr.PaymentHistory(*args)  # type: ignore[arg-type]


def test_action_is_immutable() -> None:
    from datetime import date

    a = cr.Action(A.REMINDER, date(2025, 2, 21), C.EMAIL, T.COURTEOUS, "relance")
    assert (a.basis, a.deadline) == ("", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.on = date(2025, 2, 22)  # type: ignore[misc]
