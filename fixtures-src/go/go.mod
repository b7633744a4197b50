module example.com/causalgym

go 1.19
