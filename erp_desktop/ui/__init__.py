"""The Qt Widgets front end. Only this package imports PySide6; it never imports SQLAlchemy or
the models — it calls services with ids and plain values and gets frozen dataclasses back."""
