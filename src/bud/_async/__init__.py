"""The one source of every flow that waits on I/O, written async.

`make regen` (tools/regen_sync.py) writes each module's blocking twin to
`generated/bud_sync/`; the public modules (`bud.client`, `bud.resources`, ...)
import both. Pure logic (building a request, parsing a reply, the stream's
state) lives outside, shared by the two.
"""
