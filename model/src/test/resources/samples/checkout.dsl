workspace "Checkout" "A small shop, to exercise the extension." {

    model {
        shopper = person "Shopper" "Buys things."
        shop = softwareSystem "Shop" "Sells things." {
            web = container "Web Shop" "Takes orders." "Next.js"
            orders = container "Order Service" "Keeps orders." "Java"
            stock = container "Stock Service" "Counts stock." "Go"
            db = container "Orders DB" "Stores orders." "PostgreSQL" "Database"
        }
        payments = softwareSystem "Payments" "Charges cards." "External"

        shopper -> web "Places orders"
        web -> orders "Submits orders" "HTTPS"
        orders -> db "Stores orders"
        orders -> orders "Validates orders"
        orders -> stock "Reserves stock"
        orders -> payments "Charges"
        payWeb = web -> payments "Redirects to payment"
    }

    views {
        container shop "shop-containers" {
            title "Shop containers"
            include *
            properties {
                "plumbline.note.1" "right of orders: Owns the order\nlifecycle"
                "plumbline.fragment.1" "alt Card payment: payWeb"
            }
        }

        dynamic shop "checkout-sequence" {
            title "Checkout"
            // plumbline: == Checkout ==
            shopper -> web "Check out"
            web -> orders "POST /orders"
            // plumbline: activate orders #lightblue
            orders -> orders "Validate basket"
            // plumbline: note right: Basket rules\nlive here
            {
                {
                    // plumbline: par Stock
                    orders -> stock "Reserve items"
                }
                {
                    // plumbline: and Payment
                    orders -> payments "Charge card"
                    // plumbline: end
                }
            }
            // plumbline: alt Accepted
            orders -> db "INSERT order"
            db -> orders "order id"
            // plumbline: end
            orders -> web "201 Created"
            // plumbline: note over shopper, web: Done
            // plumbline: deactivate orders
            properties {
                "plumbline.participants" "shopper, web, orders, db"
                "plumbline.step.7.arrow" "solid"
            }
        }

        styles {
            element "Database" {
                shape cylinder
            }
        }
    }
}
