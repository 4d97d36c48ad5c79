#!/usr/bin/env bash
# Set up if needed, then run careerbot's main job: the Telegram bot when a token is configured
# (CAREERBOT_BOT_TOKEN in the environment or .env), otherwise a chat in this terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh  # installs the dev extra, which includes careerbot[charts,redis]
if [ -n "${CAREERBOT_BOT_TOKEN:-}" ] || grep -qs '^CAREERBOT_BOT_TOKEN=.' .env; then
    exec .venv/bin/careerbot run "$@"
fi
echo "No CAREERBOT_BOT_TOKEN set, so here is careerbot in your terminal (see README to run the Telegram bot)."
exec .venv/bin/careerbot chat
