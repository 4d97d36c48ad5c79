"""The Telegram adapter (aiogram 3): renders the engine's answers as HTML messages and buttons.

Nothing here is imported by the CLI until `careerbot run` starts the bot, so the other commands
never pay for importing aiogram. Entry point: `careerbot.telegram.app.run`.
"""
