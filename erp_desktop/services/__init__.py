"""Use cases. Each public function that writes is one transaction (``uow.write()``)."""
