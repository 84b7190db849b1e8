// Shared between workspaces, outside the workspace folder: the report must read it as generate does.
shopper = person "Shopper" "Buys things."
