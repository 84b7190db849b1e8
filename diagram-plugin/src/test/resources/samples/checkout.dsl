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
            shopper -> web "Check out"
            web -> orders "POST /orders"
            orders -> orders "Validate basket"
            {
                {
                    orders -> stock "Reserve items"
                }
                {
                    orders -> payments "Charge card"
                }
            }
            orders -> db "INSERT order"
            db -> orders "order id"
            orders -> web "201 Created"
            properties {
                "plumbline.step.1.before" "== Checkout =="
                "plumbline.step.3.after" "note right: Basket rules\nlive here"
                "plumbline.step.4.before" "par Stock"
                "plumbline.step.5.before" "and Payment"
                "plumbline.step.5.after" "end"
                "plumbline.step.6.before" "alt Accepted"
                "plumbline.step.7.after" "end"
                "plumbline.step.7.arrow" "solid"
                "plumbline.step.8.after" "note over shopper, web: Done"
                "plumbline.step.2.after" "activate orders #lightblue"
                "plumbline.step.8.after.2" "deactivate orders"
            }
        }

        styles {
            element "Database" {
                shape cylinder
            }
        }
    }
}
