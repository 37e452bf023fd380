"""The pure request and reply steps of each resource, shared by sync and async."""
