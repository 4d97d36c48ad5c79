# careerbot: the Telegram bot. Polling by default; set CAREERBOT_WEBHOOK_URL and run with
# `careerbot run --webhook` to serve Telegram's webhook on CAREERBOT_WEBHOOK_PORT (8080).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml setup.py README.md LICENSE ./
COPY src ./src
COPY data ./data
COPY intents ./intents
RUN pip install ".[redis]" && rm -rf /app/src /app/build \
    && useradd --create-home --uid 10001 careerbot

USER careerbot
# Build matplotlib's font cache and train the intent model (cached in ~/.cache/careerbot) now,
# not on the first chart a user asks for or at every start.
RUN python -c "import matplotlib.font_manager" && careerbot validate
WORKDIR /home/careerbot
EXPOSE 8080

# Webhook mode serves GET /healthz; in polling mode (no CAREERBOT_WEBHOOK_URL) there is no HTTP
# server, so the check passes and Docker's restart policy watches the process instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD python -c "import os, sys, urllib.request as u; p = os.environ.get('CAREERBOT_WEBHOOK_PORT', '8080'); \
sys.exit(0) if not os.environ.get('CAREERBOT_WEBHOOK_URL') else \
sys.exit(0 if u.urlopen('http://127.0.0.1:' + p + '/healthz', timeout=4).status == 200 else 1)"

CMD ["careerbot", "run"]
