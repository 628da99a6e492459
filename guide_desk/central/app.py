# SPDX-License-Identifier: Apache-2.0
"""The FastAPI application. Processes are stateless (everything lives in the database), so a brand grows
by running more of them behind a load balancer over one PostgreSQL; only the rate limiter is per process.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from pydantic import BaseModel

from guide_desk import __version__
from guide_desk.central import auth, campaigns, hq, sync_pull, sync_push
from guide_desk.central.context import Central
from guide_desk.central.engine import make_engine
from guide_desk.central.errors import install_handlers
from guide_desk.central.limits import RequestGuard, TokenBucket
from guide_desk.central.migrate import upgrade
from guide_desk.central.openapi import install_openapi
from guide_desk.central.settings import CentralSettings

DB_ENV = "GUIDE_DESK_CENTRAL_DB"
DEFAULT_DB = "sqlite:///central.db"
DESCRIPTION = """Reference central API of Guide Desk (导购工作台).

Store PCs enrol once (`POST /auth/enrol`), guides sign in on them (`POST /auth/login`), then sync:
`POST /sync/push` sends outbox mutations, `GET /sync/pull` returns changes after a cursor. HQ systems use the
`/hq` feeds with an hq-role token. Every error is JSON `{code, message}`. Text never holds NUL characters
(422); dates are `YYYY-MM-DD`, times RFC 3339 with an offset; integers may be written 2478 or 2478.0. Five
wrong passwords in a row lock sign-in for that login or device (429 with Retry-After)."""


class Health(BaseModel):
    status: str
    version: str


def create_app(db_url: str = DEFAULT_DB, *, settings: CentralSettings | None = None, migrate: bool = False) -> FastAPI:
    """An app over `db_url`. `migrate=True` brings the schema up to date first (single-process use only)."""
    settings = settings or CentralSettings()
    engine = make_engine(db_url)
    if migrate:
        upgrade(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Guide Desk central API", version=__version__, description=DESCRIPTION,
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.central = Central(
        engine=engine, settings=settings,
        device_limit=TokenBucket(settings.rate_per_s, settings.rate_burst),
        anonymous_limit=TokenBucket(settings.anonymous_rate_per_s, settings.anonymous_burst),
    )
    install_handlers(app)
    install_openapi(app)
    app.add_middleware(RequestGuard, max_bytes=settings.max_body_bytes)
    for module in (auth, sync_push, sync_pull, hq, campaigns):
        app.include_router(module.router)

    @app.get("/health", response_model=Health, tags=["ops"], summary="Liveness for load balancers")
    def health() -> Health:
        return Health(status="ok", version=__version__)

    return app


def app_from_env() -> FastAPI:
    """Factory for process managers (`uvicorn --factory guide_desk.central.app:app_from_env`, gunicorn):
    the database comes from GUIDE_DESK_CENTRAL_DB, settings from GUIDE_DESK_CENTRAL_* (CentralSettings);
    migrate before starting the workers."""
    return create_app(os.environ.get(DB_ENV, DEFAULT_DB), settings=CentralSettings.from_env())
