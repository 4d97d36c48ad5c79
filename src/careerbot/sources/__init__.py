"""Readers of the official release formats (O*NET, BLS Employment Projections, AI-exposure
tables) and the build that turns them into the committed files in data/. Build-time only: the bot
reads data/, never these modules."""
