workspace "Sign-in" "A sequence whose seed declares a participant that exchanges no message." {

    model {
        user = person "User" "Signs in."
        app = softwareSystem "App" "Checks passwords."
        vault = softwareSystem "Vault" "Holds the signing key; the seed draws it without a message."

        user -> app "Signs in with"
    }

    views {
        dynamic * "sign-in" {
            title "Sign-in"
            user -> app "Login"
            properties {
                "plumbline.participants" "user, app, vault"
            }
        }
    }
}
