workspace "Broken" "A typo in the model." {

    model {
        user = person "User" "Uses it."
        user -> api "Calls"
    }
}
