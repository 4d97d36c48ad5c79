"""All deployment settings in one pydantic-settings class: `CAREERBOT_*` variables and `.env`.

Every setting is checked when settings load, so a bad value stops `careerbot` before anything
starts, with one line naming the variable (never its value): exit code 2 (ExitCode.USAGE).
"""

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from careerbot.paths import shipped_dir

ENV_PREFIX = "CAREERBOT_"
# Telegram tokens look like "123456789:AA...": digits, a colon, then 30+ url-safe characters.
# Also what the log redaction masks, so a token we were not told about is hidden too.
TOKEN_SHAPE = r"\d{3,20}:[A-Za-z0-9_-]{30,}"
# What Telegram accepts as setWebhook's secret_token (sent back in X-Telegram-Bot-Api-Secret-Token).
WEBHOOK_SECRET_SHAPE = r"[A-Za-z0-9_-]{1,256}"
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LogFormat = Literal["text", "json"]

NO_TOKEN = """\
careerbot run needs a Telegram bot token in CAREERBOT_BOT_TOKEN (environment or .env).
Get one from @BotFather in Telegram (/newbot), then:
    CAREERBOT_BOT_TOKEN=123456:ABC... careerbot run
Without a token you can still talk to the bot here:  careerbot chat"""


class SettingsError(Exception):
    """A bad setting, described in one line that names the variable (and never its value)."""


class MissingTokenError(SettingsError):
    """CAREERBOT_BOT_TOKEN is needed (the bot) but not set; the message says how to get one."""

    def __init__(self) -> None:
        super().__init__(NO_TOKEN)


class Settings(BaseSettings):
    """Every `CAREERBOT_*` setting; README.md and .env.example list them with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,  # `CAREERBOT_DATA_DIR=` as in .env.example means "the default"
    )

    data_dir: Path = Field(default_factory=lambda: shipped_dir("data"))
    intents_dir: Path = Field(default_factory=lambda: shipped_dir("intents"))

    # Matcher thresholds (0-100), the one home of their defaults (the Engine's come from here):
    # answer at or above `answer_threshold`, offer "did you mean" down to `suggest_threshold`;
    # a career question that names no career (and none is being discussed) needs
    # `cold_threshold`.
    answer_threshold: float = Field(default=45.0, ge=0, le=100)
    suggest_threshold: float = Field(default=30.0, ge=0, le=100)
    cold_threshold: float = Field(default=60.0, ge=0, le=100)

    # Telegram
    bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/webhook"
    drop_pending_updates: bool = False
    """Skip the updates Telegram kept while the bot was down, instead of answering them late."""
    health_port: int = Field(default=8081, ge=0, le=65535)
    """GET /healthz (alive) and /readyz (storage reachable) on this port, in both modes; 0: off."""
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    storage_url: str | None = None
    flood_rate: int = Field(default=20, ge=1, description="messages a user may send per window")
    flood_window: float = Field(default=60.0, gt=0, description="seconds")
    log_level: LogLevel = "INFO"
    log_format: LogFormat = "text"

    def token(self) -> str:
        """The bot token; MissingTokenError when it is not set (the one place that checks)."""
        if self.bot_token is None:
            raise MissingTokenError()
        return self.bot_token.get_secret_value()

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        if not re.fullmatch(TOKEN_SHAPE, text.strip()):
            # Never echo the value: it may be a real token with a typo.
            raise ValueError("does not look like a Telegram bot token (expected 123456:ABC...)")
        return text.strip()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _secret_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        if not re.fullmatch(WEBHOOK_SECRET_SHAPE, text):
            # Telegram's setWebhook refuses anything else, minutes after start-up.
            raise ValueError("Telegram accepts only A-Z, a-z, 0-9, _ and -, at most 256 characters")
        return text

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment and .env (keyword arguments win); SettingsError naming
    each bad variable, never echoing its value (it may be a secret)."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = []
        for item in error.errors():
            name = ENV_PREFIX + "_".join(str(part) for part in item["loc"]).upper()
            problems.append(f"{name}: {item['msg']}")
        raise SettingsError("; ".join(problems)) from None
