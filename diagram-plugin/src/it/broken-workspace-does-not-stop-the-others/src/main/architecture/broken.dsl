workspace {
    model {
        web = softwareSystem "Web" "Serves pages."
        web -> api "Calls"
    }
}
