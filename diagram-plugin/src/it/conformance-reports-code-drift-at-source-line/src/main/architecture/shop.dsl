workspace "Shop" "A shop whose code has drifted from its model." {

    model {
        customer = person "Customer" "Buys things."
        shop = softwareSystem "Shop" "Sells things." {
            orders = container "Orders" "Takes orders." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.orders.."
                }
            }
            payments = container "Payments" "Charges cards." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.payments.."
                }
            }
            stock = container "Stock" "Reserves items." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.stock.."
                }
            }
        }

        customer -> orders "Orders with"
        orders -> payments "Charges cards with"
        orders -> stock "Reserves items with"
    }

    views {
        container shop "shop-containers" {
            include *
        }
    }
}
