"""Helpers shared by the test suites (fakes, builders). Import as `tests.support.<module>`."""
