"""The composition root: settings, the service container, the Telegram and console apps, the CLI.

The only package that imports every other one; nothing outside ``bot.py`` (and tests and
benchmarks) imports it.
"""
