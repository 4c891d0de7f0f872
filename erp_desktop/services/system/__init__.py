"""The shop itself: users and roles, audit, company, approvals, setup, verify."""
