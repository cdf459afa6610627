"""Business logic of hiring competitions. Views call exactly one function from here."""
