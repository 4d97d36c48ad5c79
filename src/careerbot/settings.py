"""All deployment settings in one pydantic-settings class: `CAREERBOT_*` variables and `.env`."""

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from careerbot.paths import shipped_dir

ENV_PREFIX = "CAREERBOT_"
# Telegram tokens look like "123456789:AA...": digits, a colon, then 30+ url-safe characters.
TOKEN_PATTERN = r"^\d{3,20}:[A-Za-z0-9_-]{30,}$"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=lambda: shipped_dir("data"))
    intents_dir: Path = Field(default_factory=lambda: shipped_dir("intents"))

    # Matcher thresholds (0-100): answer at or above `answer_threshold`, offer "did you mean"
    # between the two, fall back below `suggest_threshold`.
    answer_threshold: float = Field(default=45.0, ge=0, le=100)
    suggest_threshold: float = Field(default=30.0, ge=0, le=100)
    # A career question that names no career (and none is being discussed) needs this much.
    cold_threshold: float = Field(default=60.0, ge=0, le=100)

    # Telegram
    bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/webhook"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    storage_url: str | None = None
    flood_rate: int = Field(default=20, ge=1, description="messages a user may send per window")
    flood_window: float = Field(default=60.0, gt=0, description="seconds")
    log_level: str = "INFO"

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        if not re.match(TOKEN_PATTERN, text.strip()):
            # Never echo the value: it may be a real token with a typo.
            raise ValueError("does not look like a Telegram bot token (expected 123456:ABC...)")
        return text.strip()

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


class SettingsError(Exception):
    """A bad setting, described in one line that names the variable (and never its value)."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = []
        for item in error.errors():
            name = ENV_PREFIX + "_".join(str(part) for part in item["loc"]).upper()
            problems.append(f"{name}: {item['msg']}")
        raise SettingsError("; ".join(problems)) from None
