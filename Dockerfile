# careerbot: the Telegram bot. Polling by default; set CAREERBOT_WEBHOOK_URL and run
# `careerbot run --webhook` to serve Telegram's webhook on CAREERBOT_WEBHOOK_PORT (8080).
# Health checks on CAREERBOT_HEALTH_PORT (8081) in both modes. See docker-compose.yml.

# Any image with Python 3.11+ and pip; `--build-arg BASE=...` for a local mirror of it.
ARG BASE=python:3.11-slim

# -- 1. the dependency list, from pyproject.toml with the charts and redis extras --------------
# Only its content matters to the cache below: a version bump or a new dev tool in pyproject.toml
# leaves the image's dependency layer as it was.
FROM ${BASE} AS requirements
COPY pyproject.toml /tmp/pyproject.toml
RUN python -c "import tomllib; p = tomllib.load(open('/tmp/pyproject.toml', 'rb'))['project']; \
extras = p['optional-dependencies']; \
print('\n'.join(p['dependencies'] + extras['charts'] + extras['redis']))" > /requirements.txt

# -- 2. the wheel, built from the sources (data/ and intents/ go inside the package) -----------
FROM ${BASE} AS wheel
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN pip install "hatchling>=1.26" "build>=1.2"
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
COPY data ./data
COPY intents ./intents
RUN python -m build --no-isolation --wheel --outdir /dist .

# -- 3. the image --------------------------------------------------------------------------
FROM ${BASE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Dependencies first, in their own layer, so editing code or data rebuilds only the small
# layer below, not this one.
COPY --from=requirements /requirements.txt /tmp/requirements.txt
RUN pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt \
    && useradd --create-home --uid 10001 careerbot

# The code and the shipped data: the wheel alone, dependencies already in place.
COPY --from=wheel /dist/ /tmp/dist/
RUN pip install --no-deps /tmp/dist/careerbot-*.whl && rm -rf /tmp/dist

USER careerbot
# Build matplotlib's font cache and train the intent model (cached in ~/.cache/careerbot) now,
# not on the first chart a user asks for or at every start.
RUN python -c "import matplotlib.font_manager" && careerbot validate
WORKDIR /home/careerbot
EXPOSE 8080 8081

# Ready = the process serves /readyz and its storage (Redis) answers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, urllib.request as u; \
u.urlopen('http://127.0.0.1:' + os.environ.get('CAREERBOT_HEALTH_PORT', '8081') + '/readyz', timeout=4)"

CMD ["careerbot", "run"]
