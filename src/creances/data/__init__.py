"""Bundled data tables: ECB rates, French legal interest rates and legal thresholds.

Data is kept apart from logic: each module holds immutable tuples of frozen records with
their source, and states the date up to which it is known to be complete. The logic in
:mod:`creances.rates` reads them through :class:`creances.Rates`, which a caller can extend
(``Rates.with_ecb``, ``Rates.with_legal``) or replace (``Rates.from_rows``) without a release.
"""
